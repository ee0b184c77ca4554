/**
 * The store agent: the program a store runs beside its tills (one per store, {@link org.omnistock.agent.StoreAgent}).
 *
 * <h2>What it keeps</h2>
 * <ul>
 *   <li>A <b>price book</b> ({@link org.omnistock.agent.PriceBook}): the price entries of the lists that apply in the
 *       store's price zone from {@code omnistock.price.changed}, chosen by the broker with the subscription's
 *       selector ({@code priceZone IN ('<zone>', 'ALL')},
 *       {@link org.omnistock.messages.pricing.PriceScope#zoneSelector}: other zones' prices never reach the store),
 *       and the promotions from {@code omnistock.promotion.changed}, each read from the store's own durable
 *       subscription (client id the store's code, subscription name the address's, see
 *       {@link org.omnistock.messages.Destinations#subscription}), so that what was sent while the agent was
 *       off waits for it and arrives in order. Each message is applied, the book written to disk, and only then the
 *       message acknowledged: a crash in between brings the message again, and applying it twice changes nothing
 *       (a price entry is kept once, a promotion by its code; a message whose per-list or per-promotion
 *       {@code sequence} is not newer than the one held is stale and skipped). The subscriptions bring what changed
 *       after they were made; with an API client of the store (scope {@code read}), the agent also reads what was
 *       recorded before ({@link org.omnistock.agent.ServerSnapshot}), once the subscriptions exist so that nothing
 *       falls between the two: a list's entries join those held (entries are history and never change), its scope
 *       and a promotion's rule replace older ones by sequence.</li>
 *   <li>An <b>item master</b> ({@link org.omnistock.agent.ItemMaster}): every SKU's name, category and barcodes
 *       from {@code omnistock.sku.changed} (its own durable subscription, applied, written and acknowledged as the
 *       price book's), and with an API client those recorded before it; a SKU's entry is replaced only by a newer
 *       one (its {@code sequence}). A till finds what it scanned by any form of the GTIN, also offline.</li>
 *   <li>A <b>stock cache</b> of the store and the nearby stores it is told about, from {@code omnistock.stock.changed}
 *       ({@link org.omnistock.messages.stock.LatestStock}: a stale event never wins). With an API client it starts
 *       from the store's levels as the server holds them (each with its sequence, so an older one never wins over
 *       an event); a neighbour's levels, which the store's client may not read, fill as they change.</li>
 *   <li>The store's <b>work for orders</b> ({@link org.omnistock.agent.TaskBoard}) from its own task queue
 *       ({@code omnistock.location.<code>.tasks}: fulfil, cancel, a parcel for pickup on its way), written to disk
 *       before it is acknowledged, with the last step the store reported of each; the till shows it also while the
 *       broker is away. A step (accept, pick, pack, ship, reject, arrive, collect) is reported to the server at once
 *       on {@code omnistock.fulfilment.updates}; without the broker the till is told so and reports it again later
 *       (a step reported twice changes nothing).</li>
 *   <li>A <b>sale outbox</b> ({@link org.omnistock.agent.SaleJournal}): every sale the till hands over is appended to
 *       a journal file and forced to disk before the till is answered, then forwarded to {@code omnistock.pos.sales}
 *       in the order taken by {@link org.omnistock.agent.SaleForwarder}. The journal remembers how many sales the
 *       broker has confirmed; while the broker is unreachable sales keep being taken and wait. A sale is sent with
 *       Artemis' duplicate id ({@code store/receipt}) and the server records a receipt once per store, so a sale
 *       sent again after a crash between the broker's confirmation and the journal's note is dropped: nothing lost,
 *       nothing doubled.</li>
 *   <li>A <b>goods-receipt outbox</b>: what came of a purchase order at the store, counted at the till, kept and
 *       forwarded by the same rules as the sales (its own journal, {@code receipts.journal}) to
 *       {@code omnistock.purchasing.receipts}, with Artemis' duplicate id ({@code store/receiptId}); the server
 *       receives a receipt once per store and receipt id, against the order's lines for the store by SKU, and
 *       dead-letters one beyond the supplier's tolerance with the reason (a supervisor receives it in the back
 *       office).</li>
 * </ul>
 *
 * <h2>Pricing</h2>
 * {@link org.omnistock.agent.PriceBook#price} runs the same {@link org.omnistock.messages.pricing.PriceSelector} and
 * {@link org.omnistock.messages.promotion.BasketPricer} as the server, for a basket of no channel (a store's till)
 * in the store's currency and zone, at an instant: offline it charges what the server would. What only the server
 * can know is left to it and said so: coupon codes (never sent to stores), promotion budgets and per-customer limits
 * (counted when the sale is recorded: the till puts the basket's {@code applied} promotions in the sale's
 * {@code promotions}, and the agent forwards them with it), and a customer's points balance. The till knows each SKU's category from its
 * own item master and sends it with the line, as category promotions need it.
 *
 * <p>Where the store taxes (it has a country), the basket is taxed too, by the one tax engine
 * ({@link org.omnistock.messages.promotion.BasketPricer#tax}): the rules and the store's place as the server gave
 * them with the snapshot ({@link org.omnistock.agent.TaxBook}, kept on disk), each SKU's tax class and HSN code from
 * the item master (catalog events carry them), and the basis of the list that priced the first line (price list
 * events carry it), so offline it taxes as the server does (StoreAgentIT compares a thousand random baskets). The
 * rules are read again only with a new snapshot (the agent's next start with the API): a rate added meanwhile
 * reaches the agent then.</p>
 *
 * <h2>The till's API</h2>
 * HTTP on the loopback interface only ({@link org.omnistock.agent.LocalApi}), JSON bodies:
 * <ul>
 *   <li>{@code POST /basket}: {@code {"lines":[{"sku","category","quantity"}],"customerGroup","at"}} priced, with
 *       {@code tax} where the store taxes; 422 with the reason when a SKU has no price in the book, 409
 *       {@code tax-rate-missing} when a line has no tax rate;</li>
 *   <li>{@code POST /gift-cards/redemptions}: {@code {"code" or "customerNumber", "amount", "reference"}} (the
 *       sale's {@code <store>/<receipt>}), the store filled in: the server's redemption as it answers ({@link
 *       org.omnistock.agent.CardRedemptions}); with the server away, {@code --gift-cards-offline}: 503
 *       {@code card-unchecked} ({@code refuse}, the default), 202 taken at the store's risk ({@code own-risk}; the
 *       sale redeems the card when it arrives, past its balance if it must), or 202 taken from the balance the server
 *       last gave for the card here, less what was taken offline since ({@code last-balance}, kept on disk by a
 *       hash of the code; 503 for a card not seen here online or an amount over it);</li>
 *   <li>{@code POST /sales}: a {@link org.omnistock.messages.sale.PosSale} (the store's id filled in), 202 once it
 *       is on disk; 422 with its problems if the server would refuse it; the same receipt again is one sale;</li>
 *   <li>{@code POST /receipts}: a {@link org.omnistock.messages.purchasing.StoreGoodsReceipt}
 *       ({@code {"receiptId","purchaseOrder","lines":[{"sku","quantity","damaged"}]}}, the store's id filled in),
 *       202 once it is on disk; 422 with its problems; the same receipt again is one receipt;</li>
 *   <li>{@code GET /stock?sku=X}: the cached levels of the SKU here and nearby;</li>
 *   <li>{@code GET /items?barcode=X}: the SKU (code, name, category, barcodes) the till scanned; 404 if no SKU has
 *       it, 422 for a code that is no GTIN or whose check digit is wrong (a misread: scan again);</li>
 *   <li>{@code GET /tasks}: the store's fulfilment tasks; {@code POST /tasks/<fulfilment>}: {@code {"action":
 *       "ACCEPT"}} (or a {@link org.omnistock.messages.fulfilment.FulfilmentUpdate}'s other fields), 202 once the
 *       broker has it, 404 for a fulfilment that is not this store's, 503 while the broker is away;</li>
 *   <li>{@code GET /status}: whether the broker is reachable, sales and goods receipts waiting, price lists,
 *       promotions, items and tasks held.</li>
 * </ul>
 */
package org.omnistock.agent;
