/**
 * Customers: one profile per person across every channel, found by any of its identity keys, with a loyalty
 * account whose points are earned anywhere and spendable everywhere at once.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.customer.entity.Customer customer}: numbered here ({@code C1000001}), with a name,
 *       contact consent (email, SMS), the customer group that price lists and promotions know, a home store, the
 *       points balance of its loyalty account (with what it earned and redeemed over its life), and a status:
 *       {@code ACTIVE}, {@code MERGED} (into the survivor it names; it keeps nothing of its own) or {@code ERASED}
 *       (its personal data gone at the customer's request; number, history and totals kept).</li>
 *   <li>{@link org.omnistock.customer.entity.CustomerKey identity key}: how a channel or a till knows the customer:
 *       {@code EMAIL} (trimmed, lower case), {@code PHONE} (E.164: {@code +} and 8 to 15 digits; a national number
 *       starting with one {@code 0} takes the retailer's country code, {@code omnistock.customer.country-code},
 *       default 31), {@code CARD} (a loyalty card number: letters and digits, upper case) and {@code EXTERNAL}
 *       ({@code <channel>:<id>}: the web shop's account, a marketplace's buyer). A key names one customer or none:
 *       the database refuses a second owner.</li>
 *   <li>{@link org.omnistock.customer.entity.CustomerAddress address}: a labelled postal address with the
 *       coordinates routing measures from.</li>
 *   <li>{@link org.omnistock.customer.entity.CustomerMerge merge}: the record that one profile was folded into
 *       another: when, by whom, what moved (keys, addresses, points).</li>
 *   <li>{@link org.omnistock.customer.entity.LoyaltyMovement loyalty movement}: append-only like the stock ledger:
 *       points earned (a POS sale, an order), reversed (a return), redeemed, adjusted by a person with a reason, or
 *       moved by a merge; each with its source reference and the balance after it. A source is counted once per
 *       kind: the same sale or order sent twice earns once.</li>
 *   <li>{@link org.omnistock.customer.entity.LoyaltyProgram loyalty programme}: points per currency unit spent
 *       (whole points, rounded down; goods only, not shipping), what a point is worth when spent, after how many
 *       days points expire (none: never), and the rolling window and measure (money spent or points earned) tiers
 *       are reached by.</li>
 *   <li>{@link org.omnistock.customer.entity.LoyaltyTier tier}: a level with a threshold and the customer group its
 *       members are priced as. A customer is in the tier with the highest threshold what they spent (or earned)
 *       in the window reaches, or in none.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The points balance lives on the customer's row; every movement locks that row first, so two tills cannot
 *       spend the same points: a redemption is refused (409 {@code points-insufficient}) rather than taking the
 *       balance below zero. A return's reversal may take it below zero when the points were spent meanwhile.</li>
 *   <li>Points are earned by a POS sale that names the customer ({@code loyaltyCard} or {@code customerNumber};
 *       a card we do not know earns nothing, and the sale is recorded all the same), and by an order whose
 *       customer id is one of the profile's {@code EXTERNAL} keys for that channel (or its customer number), when it
 *       is placed; a till receipt that comes to less than nothing, and a return of an order, take them back.</li>
 *   <li>Merging locks both rows (lower id first), moves the merged profile's points to the survivor as a
 *       {@code MERGE_OUT} / {@code MERGE_IN} pair (so both ledgers still add up), then its keys and addresses,
 *       marks it {@code MERGED}, and counts its promotion redemptions as the survivor's. Looking up a merged key
 *       finds the survivor; asking for a merged number answers with the survivor, naming the number asked. The
 *       survivor's loyalty history and timeline include the merged profile's.</li>
 *   <li>Points are spent inside the basket, by the one basket engine (after promotions, on the goods, at the
 *       programme's point value): an order or a checkout asking for them spends them in its own transaction, under
 *       the customer's lock, or is refused; a price quote spends at most the balance. A till's sale spends what it
 *       priced (source {@code redemption <store>/<receipt>}): if the till spent them online first through the API
 *       under that reference, the sale finds them spent; a till offline could not, so the sale spends them when
 *       it arrives even if that takes the balance below zero (the sale happened), and the movement says
 *       "overdrawn". A return (or a cancellation) of an order that spent points gives back ({@code REFUND}) the
 *       points' share of the goods refunded: the points were shared over the lines in proportion to what they
 *       cost, so the goods settled so far carry that share; counted from everything settled so far, rounded down,
 *       so the last return gives back the rest and nothing twice. Points given back expire like points earned
 *       now.</li>
 *   <li>Points earned (and points given by a person) expire at {@code expires_at}, set from the terms when they
 *       are posted. Expiry spends the oldest first: nightly (and when an administrator asks), each customer with
 *       points due gets one {@code EXPIRE} movement of what is due and not yet used up by debits (spent, taken
 *       back, expired before), never more than the balance; each credit is counted once ({@code expiry_open}).</li>
 *   <li>A tier is worked out again under the customer's lock whenever they earn, a return takes points back, or a
 *       profile is merged into theirs, and nightly for everyone in a tier or who bought in the window (purchases
 *       leave it as days pass; terms change). A change is announced ({@code TIER}), as the customer's group may
 *       have changed with it.</li>
 *   <li>Per-customer promotion limits and customer-group prices use the profile when the basket names one: its
 *       number counts the limit (the same person is one customer at every till and in every channel) and its
 *       pricing group picks the prices, whatever the caller says: the profile's own group (staff, a contract), or
 *       else its tier's.</li>
 *   <li>The timeline is gathered from every capability that records what customers do: the customer capability
 *       fires an {@code ActivityQuery}, orders, sales, returns and carts each add their newest entries.</li>
 *   <li>Personal data (GDPR): an export holds everything kept about the customer (profile, merged profiles, every
 *       loyalty movement, the whole timeline with where their orders went). Erasure removes name, consents, keys
 *       and addresses of the profile and those merged into it, and, through a {@code CustomersErased} event, the
 *       recipient, street, postal code and the channel's customer id of their orders (found by customer number and
 *       by the profile's {@code EXTERNAL} keys); coordinates are rounded to a tenth of a degree. Amounts, points,
 *       the loyalty ledger and the stock ledger stay, so every total still adds up.</li>
 *   <li>Every change of a profile (created, changed, keys, merged, erased) is published on
 *       {@code omnistock.customer.changed} with the customer's sequence number and no personal data; points
 *       movements are not (they ride on sales and orders; the balance is read where it is shown).</li>
 * </ul>
 *
 * <h2>Who may</h2>
 * Personal data is not part of {@code read}: looking customers up needs {@code customers:read}, creating, changing
 * and merging them, and adjusting points, {@code customers:write}; spending points through the API (a till)
 * {@code orders:write} and {@code customers:read}; within an order or a checkout, {@code orders:write} (the channel
 * names its own customer, as for per-customer limits); erasing a customer, changing the programme's terms and
 * running its upkeep, {@code admin}; reading the terms (a till needs the point value), {@code read}. Store managers
 * have both customer scopes (a customer shops at every store; a store manager serves them all); merchandisers have
 * neither.
 */
package org.omnistock.customer;
