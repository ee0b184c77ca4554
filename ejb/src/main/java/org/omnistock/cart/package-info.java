/**
 * Carts: server-side baskets for the web shop and the app, anonymous until the customer signs in, then the
 * customer's one cart per channel on every device, priced live by the one basket engine, and turned into an order
 * by the orders API.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.cart.entity.Cart cart}: addressed by a random token (the device keeps it; it is the
 *       cart's only name), of one channel and currency, with the customer's number once known, and a status:
 *       {@code OPEN}, {@code MERGED} (into the customer's cart it names), {@code ORDERED} (the order's number) or
 *       {@code ABANDONED} (untouched for {@code omnistock.cart.abandon-after}, default 30 days). It may hold its
 *       lines' stock at one location until a time (a store the customer will collect from).</li>
 *   <li>{@link org.omnistock.cart.entity.CartLine line}: a SKU and its quantity, one line per SKU.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A customer has at most one open cart per channel: creating a cart for a known customer returns that cart,
 *       and signing in with an anonymous cart merges it into the customer's (under the customer's row lock, so two
 *       devices signing in at once make one cart). Merging a line: a SKU in both carts keeps the larger quantity
 *       (the same jacket put in the cart on the phone and on the laptop is one jacket, not two); a SKU in one cart
 *       only is kept as it is. The anonymous cart becomes {@code MERGED} and answers with the customer's cart.</li>
 *   <li>Every read prices the cart now, for its customer (their group's prices, their per-customer limits), with
 *       {@code BasketPricing.quote}: the total shown is the total an order of it would be placed at.</li>
 *   <li>Only an open cart changes. A checkout places the cart's lines for its customer through {@code OrderIntake}
 *       (in the order's own transaction, idempotent by the checkout's external id), then marks the cart
 *       {@code ORDERED}; a checkout sent again finds the same order. The checkout may spend the customer's loyalty
 *       points, priced in the basket by the one engine; a cart's price shows the balance.</li>
 *   <li>A hold reserves every line at the location, all or none, as reservations under the reference
 *       {@code cart <token>} that lapse by themselves at the hold's end (the stock capability's reservation
 *       expiry). A new hold releases the old in the same transaction (refused: the old one stays). When the lines
 *       change, the hold is made again for them (a line the location cannot hold refuses the change); when the
 *       cart is merged into another, its hold is let go and the other's is made again. At checkout the hold is
 *       released inside the order's own transaction, before it is routed: the order can count on that stock, and
 *       nobody else can take it between.</li>
 *   <li>A merge of two customer profiles moves the merged one's open carts to the survivor: into the survivor's
 *       open cart of the channel (as at sign-in; both then let go of any stock they held), or becoming it.</li>
 *   <li>A cart sells what its channel sells: a line of a SKU the channel excludes is refused
 *       ({@code channel-excludes-sku}), a hold takes stock only where and as much as the channel may, and checkout
 *       asks, as an order does, what becomes of units that cannot be allocated now ({@code shortage}).</li>
 *   <li>A cart belongs to its channel: a client bound to another channel is told there is no such cart (404).
 *       Reading needs {@code read}; changing and ordering {@code orders:write} as well (every answer is the cart
 *       priced).</li>
 * </ul>
 */
package org.omnistock.cart;
