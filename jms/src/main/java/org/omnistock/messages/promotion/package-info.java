/**
 * Promotions and the one basket-pricing engine, {@link org.omnistock.messages.promotion.BasketPricer}.
 *
 * <p>The engine is plain Java with no container, database or broker: the server runs it for the web shop, the app and
 * the back office's preview, and a store's till runs the very same code with the prices and promotions it received
 * over JMS, so that it charges the same while it is offline. That is why it lives in this module, the one stores
 * already depend on.</p>
 *
 * <h2>What applies</h2>
 * A promotion is considered when it is valid at the basket's instant, valid in its channel (a basket of no channel is
 * in none of a promotion's channels), and, if it needs a coupon, its coupon was presented. A category promotion looks
 * at the lines of that category only: a SKU filed under no category is in none. Considered promotions are applied in order of priority (higher first, then code),
 * each on what the lines cost after the ones before it:
 * <ol>
 *   <li>If an {@link org.omnistock.messages.promotion.Stacking#EXCLUSIVE exclusive} promotion gives a discount, the
 *       first such alone applies.</li>
 *   <li>Otherwise the engine prices the basket with all {@link org.omnistock.messages.promotion.Stacking#COMBINABLE
 *       combinable} promotions together, and with each {@link org.omnistock.messages.promotion.Stacking#BEST_DEAL
 *       best-deal} promotion alone, and keeps the cheapest for the customer (a tie goes to the combination, then to
 *       the higher priority).</li>
 * </ol>
 * Every considered promotion that gave nothing is listed as skipped, with the reason.
 *
 * <h2>Loyalty points</h2>
 * A basket may spend the customer's loyalty points, at the programme's point value. They are spent after the
 * promotions, on what the goods then cost (never on shipping), like a tender that is also a discount: as many whole
 * points as asked for, or as the goods are worth if that is fewer; their worth is rounded down to the minor unit (a
 * point is never worth more than its value) and shared over the lines like a basket discount, listed among each
 * line's discounts under {@link org.omnistock.messages.promotion.BasketPricer#POINTS}. A till that knows the point
 * value therefore prices a basket with points exactly as the server does, offline too. Whether the customer has the
 * points is the server's to count (see the customer capability); the engine only prices.
 *
 * <h2>Money and rounding</h2>
 * All amounts are {@link java.math.BigDecimal} in the basket's currency, at its minor unit
 * ({@link java.util.Currency#getDefaultFractionDigits()}), rounded by {@link org.omnistock.messages.Money}'s rules.
 * A line's subtotal is unit price times quantity, rounded.
 * Percentages are exact; a quotient (a unit's share of a line, a line's share of a basket discount) is carried with
 * twelve more decimals than the currency has. A promotion on items is computed per line and rounded half up to the
 * minor unit, once per line. A promotion
 * on the basket (percent or amount off the basket, a bundle) is computed exactly and rounded half up once, then shared
 * over the qualifying lines in proportion to what they cost, by the largest-remainder method, so that the lines'
 * shares add up to the basket discount to the cent. No discount takes a line below zero, and an amount off the basket
 * is at most what the qualifying lines cost.
 *
 * <h2>Tax</h2>
 * {@link org.omnistock.messages.promotion.BasketPricer#tax} taxes a priced basket by the one tax engine
 * ({@link org.omnistock.messages.tax}): each line as the customer pays for it, after promotions and points, and the
 * shipping after its discount, at the place of supply's rates valid at the basket's instant. The basket's
 * {@code total} stays what its price list's prices say; the tax's {@code gross} is what the customer pays (the same
 * where prices include tax).
 *
 * <h2>Bounds</h2>
 * A rule's amounts are money (at most 11 digits before the point and 4 after), its percent at most 4 decimals, its
 * lists and names bounded ({@link org.omnistock.messages.promotion.PromotionRule#problems()}, the same on the server
 * and at a till). They are checked by precision and scale before the engine computes anything with them, so no rule
 * can make it build an immense number.
 *
 * <h2>Budgets and limits</h2>
 * {@code maxRedemptions}, {@code budgetAmount} and {@code perCustomerLimit} are counted by the server when an order or
 * sale is recorded; the engine only prices. A customer counts for a per-customer limit by their customer profile
 * when the basket names a known one, otherwise only when a channel's own system names them (docs/security.md).
 */
package org.omnistock.messages.promotion;
