/**
 * Wish lists: the SKUs a customer would like, and the notices that one of them is back on sale or costs them less.
 *
 * <h2>Model</h2>
 * A {@link org.omnistock.wishlist.entity.WishListItem wish} is a SKU on a customer's list (at most
 * {@value org.omnistock.wishlist.boundary.WishLists#MAX_ITEMS}), with the channel it was wished in (none for a store
 * or the back office), the currency its price is followed in, and the customer's price they were last told of.
 *
 * <h2>Notices</h2>
 * A {@link org.omnistock.messages.customer.WishNotice} goes out on {@code omnistock.customer.wish}, through the outbox
 * of the transaction that caused it, so none is sent for a change that did not happen:
 * <ul>
 *   <li>{@code BACK_ON_SALE}: a channel may sell the SKU again after it could not (its sellable quantity went from
 *       none to some: a receipt, a return, a transfer in, a hold let go). Wishes made in that channel, and wishes
 *       made in none, hear it; one notice per channel that comes back.</li>
 *   <li>{@code PRICE_DROP}: prices recorded to take effect at once changed the customer's own price (their customer
 *       group, the channel they wished in) below the one they were last told of. The price is remembered either
 *       way, so a rise and a fall back are a drop again. A price recorded to start later is not noticed when it
 *       starts (left for the price scheduler to come).</li>
 * </ul>
 * Notices carry the customer's number and their consents, never their contact details: the system that tells the
 * customer reads those through the API and honours the consents.
 *
 * <h2>Customers</h2>
 * A merge moves the merged profile's wishes to the survivor (a SKU both wished for stays once); an erasure removes
 * them; a customer's timeline and personal-data export list them.
 *
 * <h2>Who may</h2>
 * {@code customers:read} to see a wish list, {@code customers:write} to change it (a web shop's client with both, or
 * a store manager).
 */
package org.omnistock.wishlist;
