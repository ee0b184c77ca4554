/**
 * Marketplace connectors: a marketplace account kept in step with the platform, its orders in, its stock and
 * prices out, its shipments confirmed. Two connectors behind one interface
 * ({@link org.omnistock.marketplace.control.MarketplaceConnector}): Shopify-shaped (its Admin API: REST orders and
 * fulfillments, GraphQL inventory and prices, signed webhooks) and Amazon-shaped (the Selling Partner API: Orders
 * v0, JSON listings feeds, Listings Items); docs/marketplaces.md is the operator's page.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.marketplace.entity.MarketplaceAccount Account}: one shop on one marketplace, selling as
 *       one of the platform's sales channels. Its API address, credentials (Shopify's access token and webhook
 *       secret; Amazon's Login-with-Amazon refresh token and its application's client id and secret; kept
 *       encrypted by {@link org.omnistock.platform.SecretBox}), the marketplace location stock is set at, its quota
 *       (requests per second and burst, the marketplace's published figures), and its health: the order cursor,
 *       when it last polled, pushed and fully synced, its last error, the server working it now. Disabled, no
 *       server works it (its lease ends at once); enabled again, every listing is due (no change was marked while
 *       it was off) and the server that enabled it starts on it as soon as that commits.</li>
 *   <li>{@link org.omnistock.marketplace.entity.MarketplaceListing Listing}: a SKU as the account sells it (product,
 *       variant and inventory item ids there). It holds what the platform wants the marketplace to show (the
 *       channel's sellable figure, the channel's price) beside what was last set there, and whether a push is due:
 *       {@code IN_SYNC}, {@code PENDING}, {@code CONFLICT} (the marketplace's figure was not the one last set),
 *       {@code ERROR}.</li>
 * </ul>
 *
 * <h2>Orders in: webhook and poll, one order either way</h2>
 * The marketplace's order webhooks are verified (HMAC-SHA256 of the raw body, base64, under the account's webhook
 * secret) and imported at once; a poll every {@code omnistock.marketplaces.poll-every} (five minutes) reads the
 * orders updated since the cursor less an overlap of {@code omnistock.marketplaces.overlap} (ten minutes), page
 * after page, and a nightly run re-reads the last day, so a lost webhook or a poll cut short costs nothing. An order
 * is placed through the one order intake under the channel with the marketplace's order id as its external id:
 * imported twice, it is one order. A cancelled order cancels what is not yet packed; one cancelled before it was
 * imported is not imported. The cursor moves only past orders imported (or refused for good, with the reason in
 * the account's errors), in the transaction that imports them. Amazon sends no webhooks here and gives no
 * coordinates: its orders come by the poll alone ({@code getOrders} within its quota, items only for orders new
 * here, a pending order only once paid), routed from the account's default point.
 *
 * <h2>Stock and prices out</h2>
 * The connector reads the same events as webhooks: in the relay's transaction
 * ({@link org.omnistock.outbox.control.EventsPublished}) a channel's stock change marks the account's listing of
 * that SKU with the new sellable figure, and a change of prices marks the channel's listings for a price push. A
 * pusher, every second and right after such a change, sends what is marked, as absolute quantities with
 * compare-and-set (Shopify's {@code inventorySetQuantities} with {@code compareQuantity}: the figure last set).
 * When the marketplace's figure moved (its own sale, an edit by hand), the push is refused; the listing takes the
 * marketplace's figure as the one to compare with and pushes again, so the marketplace ends at the channel's
 * figure, never above it. Amazon has no compare-and-set: every listing due goes in one JSON listings feed (within
 * its 5 feeds per 5 minutes), followed until processed; its report's errors mark their listings. A full sync (on
 * demand and nightly) marks every listing with the channel's figure now.
 *
 * <h2>Orders confirmed back</h2>
 * What the marketplace must hear about its orders waits in {@code marketplace_shipment}, one row per account, order
 * and step, queued from the order's {@code order.changed} events in the relay's transaction, so it is never lost
 * when the server stops between the import and the call: an Amazon order new here (its first event) waits for its
 * acknowledgement ({@code ACKNOWLEDGE}: every order waiting goes in one XML {@code POST_ORDER_ACKNOWLEDGEMENT_DATA}
 * feed, {@code Success} with the platform's order number, within the feed quota; the processing report's errors
 * mark their orders FAILED); an order shipped in full waits for its shipment's confirmation with its tracking
 * ({@code SHIP}; Shopify: fulfillments; Amazon: {@code confirmShipment}), one call per order. A confirmation the
 * marketplace refuses ends FAILED with its reason; one it did not answer is tried again after 30 s, doubling to an
 * hour. Shopify asks for no acknowledgement.
 *
 * <h2>Amazon's access tokens</h2>
 * Amazon's calls take an access token that Login with Amazon gives for the seller's refresh token and the
 * application's client id and secret, good for an hour ({@link org.omnistock.marketplace.control.AmazonLogin}): kept
 * in memory on the server that works the account, renewed a tenth of its life (at most a minute) before it runs out,
 * and forgotten when Amazon answers 401 or 403, so the next call has a new one. Such an answer is
 * {@link org.omnistock.marketplace.control.MarketplaceFault.Unauthorized}, never a final refusal: what waited is
 * tried again.
 *
 * <h2>Quotas and faults</h2>
 * Every call goes through MicroProfile Rest Client, in a bean with Fault Tolerance: a timeout, retries of what may
 * be retried, a circuit breaker and a bulkhead. MicroProfile keeps a breaker's and a bulkhead's state per method,
 * not per account: a shop that keeps failing holds the calls of every account of its kind back for ten seconds at
 * a time (README, known issues). A token bucket per account holds calls to the account's quota; a
 * 429 (its Retry-After) or a GraphQL {@code THROTTLED} empties the bucket for as long as the marketplace says.
 *
 * <h2>Reconciliation</h2>
 * Per account, every listing's figure on the marketplace beside the channel's sellable figure now, and why they
 * differ where they do (a push pending, a conflict, an error, not on the marketplace).
 *
 * <h2>Who may do what</h2>
 * Accounts, listings, syncs and the reconciliation are for admins. The webhook address takes no token: it takes
 * only what the marketplace signed with the account's secret.
 */
package org.omnistock.marketplace;
