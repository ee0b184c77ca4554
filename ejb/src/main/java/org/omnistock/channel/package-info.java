/**
 * Channels: where demand comes from (web shop, app, POS, marketplaces), and what each may sell.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>A {@link org.omnistock.channel.entity.SalesChannel channel} draws on a set of locations.</li>
 *   <li>{@link org.omnistock.channel.entity.ChannelRule Rules} scoped to all SKUs, a category or one SKU: a buffer
 *       in units or as a percentage of what the channel's locations have available, or an exclusion.</li>
 *   <li>Sellable (one rule, {@link org.omnistock.channel.entity.SellableRule}): excluded, 0; otherwise the sum of
 *       available over the channel's locations, less the buffer of the most specific scope that has one (SKU over
 *       category over all; the larger if a scope has both kinds), never below zero. Percentages round the buffer
 *       up, so a channel never promises a fraction of a unit it may not have.</li>
 *   <li>{@link org.omnistock.channel.entity.ChannelStock}: the sellable last announced per channel and SKU, with a
 *       sequence. Whenever a stock level changes, each channel drawing on its location recomputes the SKU's
 *       sellable in the same transaction (under the channel stock row lock, so concurrent changes at different
 *       locations are counted one after the other; after every level of a multi-level posting is locked, and
 *       then once per channel for all the posting's SKUs, their stock summed in one query; rows locked channel by
 *       channel, then SKU by SKU, both in code order, in every transaction) and, if it changed, announces it on
 *       {@code omnistock.channel.stock.changed} through the outbox.</li>
 *   <li>What a channel's orders, carts and reservations may take is the same rule ({@code Channels.limits}): only
 *       from the locations it draws on, of each SKU at most what it may sell now, never a SKU it excludes. An order
 *       or a cart line of an excluded SKU is refused ({@code channel-excludes-sku}, naming the rule); routing leaves
 *       out the locations the channel does not draw on ({@code NOT_IN_CHANNEL}) and routes at most the sellable
 *       units, the rest waiting with why. Stock taken for a channel is checked again under the locks, when the
 *       channel recomputes its figure in the same transaction: taken at a location it does not draw on ({@code
 *       location-not-in-channel}) or leaving less than its buffer ({@code channel-sellable-exceeded}), it is
 *       refused, and an order then routes again on fresh figures.</li>
 *   <li>A channel's tax home ({@code SalesChannel.taxCountry}, {@code taxRegion}; {@code PUT
 *       /api/v1/channels/{code}/tax-home}, {@code tax:write}): the seller's country and region for tax; its orders
 *       are taxed where they are supplied (the order capability); none, they are not taxed.</li>
 *   <li>Who may: reading a channel and what it may sell needs {@code read}; creating channels and setting or taking
 *       off their rules {@code catalog:write}. An API client may be bound to one channel, and then prices, redeems, orders and keeps
 *       carts as that channel only (see the account capability); any other caller names an existing channel
 *       ({@code Channels.sellingChannel}, the one rule for orders and carts).</li>
 * </ul>
 */
package org.omnistock.channel;
