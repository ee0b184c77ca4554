/**
 * Prices: what stores and channels are told, and the one rule that picks a price.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>A <b>price list</b> ({@link org.omnistock.messages.pricing.PriceScope}) is scoped by currency and optionally by
 *       channel, price zone (a group of stores) and customer group; it has a priority and a validity window, and says
 *       whether its prices include tax ({@code taxIncluded}; a message without it: they do).</li>
 *   <li>A <b>price</b> ({@link org.omnistock.messages.pricing.PriceEntry}) is an amount for a SKU in a list, from a
 *       minimum quantity (quantity tiers), effective from an instant. A price is never changed in place: a change is a
 *       new entry with a later effective instant, so the entries are the price history, and a change scheduled for
 *       tomorrow is simply an entry effective tomorrow.</li>
 * </ul>
 *
 * <h2>Which price applies: most specific wins</h2>
 * {@link org.omnistock.messages.pricing.PriceSelector} considers the entries whose list has the query's currency, is
 * valid at the instant, and whose channel, zone and customer group are either unset or equal to the query's; in each
 * list and tier the entry in force is the one with the latest effective instant not after the query's instant; tiers
 * above the quantity are left out. Of those, the first by:
 * <ol>
 *   <li>specificity: a list for the customer group beats one for the channel, which beats one for the price zone;
 *       a list with two of them beats one with one of them (group = 4, channel = 2, zone = 1, summed);</li>
 *   <li>the list's priority, higher first;</li>
 *   <li>the tier's minimum quantity, higher first;</li>
 *   <li>the effective instant, later first;</li>
 *   <li>the list's code, alphabetically (so that the answer never depends on the order of the database).</li>
 * </ol>
 * A store keeps the entries it was sent and runs the same selector at its till, so that it charges what the web shop
 * charges, also while it is offline.
 *
 * <h2>Messages</h2>
 * {@link org.omnistock.messages.pricing.PricesChanged} on {@code omnistock.price.changed}, sent as soon as a change is
 * recorded, i.e. ahead of its effective instant; header {@code priceZone} (the list's zone, or {@code ALL}) and
 * {@code priceList}; a {@code sequence} per price list that grows by one per message, so a store that was offline sees
 * that it caught up in order. When a list's channel, zone or customer group changes (its currency never does), the
 * stores of the zone it left hear its new scope, with their zone's header, and leave it out; its prices in force and
 * scheduled go out again, with the new zone's header, to the stores it now reaches.
 */
package org.omnistock.messages.pricing;
