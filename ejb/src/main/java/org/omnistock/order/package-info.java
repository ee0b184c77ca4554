/**
 * Orders: one order store for the web shop, the app, marketplaces and stores (endless aisle), their lifecycle and
 * their payments as records.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.order.entity.CustomerOrder order}: placed by a channel under its own order id (the
 *       {@code externalId}: channel + external id is one order, however often it is sent), numbered here
 *       ({@code O1000001}), with the customer reference, currency, totals as the basket engine priced them, the
 *       payment amounts (authorised, captured, refunded) and a status derived from its lines and fulfilments.</li>
 *   <li>{@link org.omnistock.order.entity.OrderLine line}: a SKU and quantity with its unit price, discounts and net
 *       total from the one basket-pricing engine; how many units were cancelled (and what they had cost), returned (and
 *       what was refunded), and left to the customer (counted as sold). What some of its units cost is one rule,
 *       {@link org.omnistock.messages.Money#unitsOfLine}: units that leave and units refunded are valued from the
 *       first unit up, cancelled units from the last down, so refunds and cancellations never pass what the line
 *       cost and the revenue counted is what the customer kept, to the minor unit.</li>
 *   <li>{@link org.omnistock.order.entity.DeliveryGroup delivery group}: lines that go to the customer together:
 *       shipped to an address (with its coordinates, which routing measures from) or collected at a store.</li>
 *   <li>{@link org.omnistock.order.entity.OrderEvent event}: the audit trail, one entry per change: when, who
 *       (user, client or the system) and why.</li>
 *   <li>{@link org.omnistock.order.entity.Payment payment}: an amount authorised, captured or refunded, with its
 *       reference and tender: {@code CARD} (the channel's payment provider: there is no payment gateway, the channel
 *       reports what its provider did), {@code GIFT_CARD} (shown {@code ****1234}) or {@code STORE_CREDIT}, which
 *       the platform redeems itself when the payment is recorded (captured only; storedvalue), and {@code TILL} for
 *       what a store's till paid back. Once per kind, tender and reference. Returns record the refunds they owe,
 *       split by {@link org.omnistock.tender.control.RefundRule#allocate} (see the returns package).</li>
 * </ul>
 *
 * <h2>Placing an order</h2>
 * In one transaction: the basket is priced again by the basket-pricing engine and must cost the {@code
 * expectedTotal} the customer was shown (else 409 and nothing happens); promotion budgets, coupons and per-customer
 * limits are counted as a redemption under the order's number; every delivery group is routed ({@code fulfilment});
 * the stock of each allocation is reserved at its location and the location's capacity counted. Routing reads
 * availability without locks; the reservations are then taken under the levels' locks in the ledger's one lock order
 * and re-check it. If another order took the units meanwhile, the transaction rolls back and the order is routed
 * again, up to three times; after that it is kept with its units waiting for routing, and the sweep that runs every
 * five seconds routes it again (as it does an order whose units a location gave up). Nothing is ever
 * oversold. The order's channel limits it ({@code channel} package): a SKU the channel excludes refuses the order;
 * routing takes only from the channel's locations and at most what the channel may sell. Units that cannot be
 * allocated now wait for stock, or, as the order's {@code shortage} asks, are cancelled at once ({@code CANCEL})
 * or refuse the whole order ({@code REFUSE}, 422 {@code insufficient-stock}). The same order sent again (same channel and external id, same content) returns the first (200); the same
 * id with other content is refused (409).
 *
 * <h2>Status</h2>
 * Derived after every change from the lines and their fulfilments ({@link
 * org.omnistock.order.control.OrderStatusRules}), in this order: {@code CANCELLED} (every unit cancelled), {@code
 * RETURNED} / {@code PARTLY_RETURNED} (units came back), {@code ON_HOLD} (a person holds it), {@code UNFILLABLE}
 * (units with no location, none allocated), {@code PARTLY_ALLOCATED} (some units wait for a location), then from
 * the fulfilments: {@code COMPLETED} (all delivered or collected), {@code READY_FOR_PICKUP}, {@code SHIPPED}, {@code
 * PARTLY_SHIPPED}, {@code IN_FULFILMENT} (a location accepted), {@code ALLOCATED}. Each change of status is published
 * on {@code omnistock.order.changed} (with the channel, so connectors select their own).
 *
 * <h2>Cancelling, holding, re-routing</h2>
 * A whole order or some units of a line may be cancelled while their fulfilment is not packed: the reservations are
 * released, the locations told ({@code CANCEL} task), the units no longer count, and the customer's loyalty account
 * settled as for a return: the points the cancelled goods earned are taken back, the points spent on them given back
 * ({@code Orders.settlePoints}, the one rule returns use too). A person may put an order on hold
 * (nothing is re-routed automatically) and release it (its waiting units are routed again), or re-route the units
 * still waiting at any time.
 *
 * <h2>Tax</h2>
 * An order of a channel with a tax home ({@code PUT /api/v1/channels/{code}/tax-home}, the seller's country and
 * region) is taxed when placed, by the one tax engine: each delivery group's lines as the customer pays for them and
 * its share of the shipping, at the rates of where it is supplied (its address's country and region, or the store it
 * is collected at) valid then, GST split inside the seller's state and integrated between states. Each line keeps
 * the tax in its price ({@code OrderLine.taxTotal}) and per component ({@code order_line_tax}), the order its tax by
 * rate ({@code order_tax}); units shipped, returned or refunded take their tax share by the same largest-remainder
 * rule as their price ({@code OrderLine.Share}), split over the line's components for their invoice or credit note
 * ({@code OrderLine.taxOf}). Only prices with tax included are taxed so far (422 {@code prices-without-tax}); a
 * line without a rate refuses the order (409 {@code tax-rate-missing}). Orders of channels without a tax home are
 * not taxed, as before.
 *
 * <h2>Orders and fulfilment: who owns what</h2>
 * The two capabilities call each other, so neither hides behind an event. The order capability owns the order,
 * its lines (their prices, and the units cancelled, sold and returned), its delivery groups, payments, trail and
 * status; it asks the fulfilment capability to route a group ({@code Allocations}), to cancel its units at their
 * locations ({@code Fulfilments.cancelLines}), to route waiting units again ({@code Rerouting}), and what its units'
 * states are (for its status). The fulfilment capability owns routing, the fulfilments, their reservations and
 * tasks, and the locations' capacity; whatever it does to an order's units comes back through one way in,
 * {@code OrderProgress.record} (the trail, the status derived again), and through the order line's own rules
 * ({@code OrderLine.sold} when units leave, {@code OrderLine.cancel} when a pickup is not collected, the points
 * settled as for any cancellation).
 *
 * <h2>Who may</h2>
 * Placing, cancelling, holding and recording payments needs {@code orders:write}; a client bound to a channel
 * places and sees only its channel's orders. Reading needs {@code read}: a caller bound to locations sees the orders
 * with a fulfilment at one of them (without the customer's pickup code). Every lock is taken in one order: the
 * order's row first, then its fulfilments, then stock levels (in the ledger's lock order), then the channels' stock
 * rows of those SKUs, then capacity rows.
 */
package org.omnistock.order;
