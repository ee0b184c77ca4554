package org.omnistock.marketplace.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.marketplace.entity.MarketplaceListing;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.platform.SecretBox;
import org.omnistock.platform.Servers;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;

/**
 * The connector's database side, each call its own transaction (the connectors run on executor threads): accounts'
 * targets and health, what is due, and what came of a push. Listing figures change by single UPDATE statements
 * that keep a listing due when a newer figure arrived while its push was out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MarketplaceState {

    private static final int ERROR_LENGTH = 500;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Channels channels;

    @Inject
    PriceResolver prices;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /** A listing as a push needs it: ids there, and the figure and price the platform wants shown now. */
    public record Due(long id, String sku, String productId, String variantId, String inventoryItemId,
                      Long wanted, Long pushed, boolean stockDue, BigDecimal price, boolean priceDue) {
    }

    public List<MarketplaceAccount> enabledAccounts() {
        return em.createNamedQuery(MarketplaceAccount.LIST_ENABLED, MarketplaceAccount.class).getResultList();
    }

    public Optional<MarketplaceAccount> account(String code) {
        return em.createNamedQuery(MarketplaceAccount.FIND_BY_CODE, MarketplaceAccount.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public ApiTarget target(MarketplaceAccount account) {
        return new ApiTarget(account.getCode(), account.getBaseUrl(),
                secrets.open(account.getAccessToken()));
    }

    /**
     * Up to {@code max} listings due, those whose figure is due first (a figure too high sells what is not there;
     * a price can wait a little), each with the channel's figure now where none was heard yet (a new listing) and
     * the channel's price where a price push is due.
     */
    public List<Due> due(MarketplaceAccount account, int max) {
        List<MarketplaceListing> listings = em.createNamedQuery(MarketplaceListing.DUE, MarketplaceListing.class)
                .setParameter("account", account.getId()).setMaxResults(max).getResultList();
        return Access.asSystem(() -> listings.stream().map(l -> {
            Long wanted = l.getWantedQuantity();
            if (l.isStockDue() && wanted == null) {
                wanted = channels.sellable(account.getChannelCode(), l.getSku()).sellable();
            }
            BigDecimal price = l.isPriceDue() ? priceOf(account, l.getSku()) : null;
            return new Due(l.getId(), l.getSku(), l.getProductId(), l.getVariantId(), l.getInventoryItemId(),
                    wanted, l.getPushedQuantity(), l.isStockDue(), price, l.isPriceDue());
        }).toList());
    }

    /** The marketplace now shows {@code quantity}; the listing stays due if a newer figure came meanwhile. */
    public void stockSet(long listingId, long quantity) {
        em.createNativeQuery("UPDATE marketplace_listing SET pushed_quantity = ?, stock_due = CASE WHEN "
                        + "wanted_quantity IS NULL OR wanted_quantity = ? THEN FALSE ELSE TRUE END, last_error = NULL, "
                        + "synced_at = ?, wanted_quantity = COALESCE(wanted_quantity, ?) WHERE id = ?")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, now())
                .setParameter(4, quantity).setParameter(5, listingId).executeUpdate();
        settle(listingId);
    }

    /** The marketplace's figure was not the one last set: compare with what it shows, and push again. */
    public void stockConflict(long accountId, long listingId, Long remote) {
        em.createNativeQuery("UPDATE marketplace_listing SET pushed_quantity = ?, state = 'CONFLICT', "
                + "last_error = ? WHERE id = ?").setParameter(1, remote)
                .setParameter(2, "the marketplace showed " + remote + ", not the figure last set; set again")
                .setParameter(3, listingId).executeUpdate();
        em.createNativeQuery("UPDATE marketplace_account SET stock_conflicts = stock_conflicts + 1 WHERE id = ?")
                .setParameter(1, accountId).executeUpdate();
    }

    public void priceSet(long listingId, BigDecimal price) {
        em.createNativeQuery("UPDATE marketplace_listing SET pushed_price = ?, wanted_price = ?, price_due = FALSE, "
                        + "last_error = NULL, synced_at = ? WHERE id = ?").setParameter(1, price)
                .setParameter(2, price).setParameter(3, now()).setParameter(4, listingId).executeUpdate();
        settle(listingId);
    }

    /** A refusal no retry mends (an unknown item there): the listing shows why and waits for a change. */
    public void listingFailed(long listingId, String error) {
        em.createNativeQuery("UPDATE marketplace_listing SET state = 'ERROR', stock_due = FALSE, price_due = FALSE, "
                        + "last_error = ? WHERE id = ?").setParameter(1, truncate(error)).setParameter(2, listingId)
                .executeUpdate();
    }

    public void pushed(long accountId) {
        em.createNativeQuery("UPDATE marketplace_account SET last_push_at = ? WHERE id = ?").setParameter(1, now())
                .setParameter(2, accountId).executeUpdate();
    }

    public void throttled(long accountId) {
        em.createNativeQuery("UPDATE marketplace_account SET throttled = throttled + 1 WHERE id = ?")
                .setParameter(1, accountId).executeUpdate();
    }

    public void failed(long accountId, String error) {
        em.createNativeQuery("UPDATE marketplace_account SET last_error = ?, last_error_at = ? WHERE id = ?")
                .setParameter(1, truncate(error)).setParameter(2, now()).setParameter(3, accountId).executeUpdate();
    }

    /** A poll got through the orders updated until {@code cursor}: the next one reads from there. Never back. */
    public void polled(long accountId, Instant cursor) {
        Timestamp at = Timestamp.from(cursor);
        em.createNativeQuery("UPDATE marketplace_account SET last_poll_at = ?, order_cursor = CASE WHEN "
                        + "order_cursor IS NULL OR order_cursor < ? THEN ? ELSE order_cursor END WHERE id = ?")
                .setParameter(1, now()).setParameter(2, at).setParameter(3, at).setParameter(4, accountId)
                .executeUpdate();
    }

    /** A poll found nothing newer. */
    public void polled(long accountId) {
        em.createNativeQuery("UPDATE marketplace_account SET last_poll_at = ? WHERE id = ?").setParameter(1, now())
                .setParameter(2, accountId).executeUpdate();
    }

    /**
     * Whether this server works the account (polls and pushes) for the next {@code lease}: yes unless another live
     * server does. Renewed by every round.
     */
    public boolean lease(long accountId, Duration lease) {
        Timestamp now = now();
        return em.createNativeQuery("UPDATE marketplace_account SET leased_by = ?, lease_until = ? WHERE id = ? "
                        + "AND (lease_until IS NULL OR lease_until < ? OR leased_by = ?)")
                .setParameter(1, Servers.THIS).setParameter(2, Timestamp.from(now.toInstant().plus(lease)))
                .setParameter(3, accountId).setParameter(4, now).setParameter(5, Servers.THIS).executeUpdate() == 1;
    }

    public void imported(long accountId) {
        em.createNativeQuery("UPDATE marketplace_account SET orders_imported = orders_imported + 1 WHERE id = ?")
                .setParameter(1, accountId).executeUpdate();
    }

    /** What a connector confirms to its marketplace about an order (table {@code marketplace_shipment}). */
    public enum Step {
        /** The order is in the seller's system, under the seller's order number (Amazon's acknowledgement). */
        ACKNOWLEDGE,
        /** The order was shipped in full, with its carrier and tracking. */
        SHIP
    }

    /** An order's step to confirm on the marketplace. */
    public record Confirmation(long id, String orderNumber, String externalId, int attempts) {
    }

    /** Up to {@code max} confirmations of this step whose next try is due, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Confirmation> confirmationsDue(MarketplaceAccount account, Step step, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, order_number, external_id, attempts FROM "
                        + "marketplace_shipment WHERE account_id = ? AND step = ? AND state = 'PENDING' AND "
                        + "(next_attempt IS NULL OR next_attempt <= ?) ORDER BY id").setParameter(1, account.getId())
                .setParameter(2, step.name()).setParameter(3, now()).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Confirmation(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    public void confirmed(long id) {
        em.createNativeQuery("UPDATE marketplace_shipment SET state = 'CONFIRMED', confirmed_at = ?, "
                + "last_error = NULL, attempts = attempts + 1 WHERE id = ?").setParameter(1, now()).setParameter(2, id)
                .executeUpdate();
    }

    /**
     * The confirmation did not go through: tried again after 30 s, doubling to an hour; {@code refused} (the
     * marketplace said no) ends it as FAILED, shown on the account.
     */
    public void confirmationFailed(Confirmation confirmation, String error, boolean refused) {
        long wait = Math.min(3600, 30L << Math.min(confirmation.attempts(), 7));
        em.createNativeQuery("UPDATE marketplace_shipment SET state = ?, attempts = attempts + 1, next_attempt = ?, "
                        + "last_error = ? WHERE id = ?").setParameter(1, refused ? "FAILED" : "PENDING")
                .setParameter(2, Timestamp.from(clock.instant().plusSeconds(wait))).setParameter(3, truncate(error))
                .setParameter(4, confirmation.id()).executeUpdate();
    }

    /** Every listing of the account is due with the channel's figure and price now (a full sync). */
    public int markAll(long accountId) {
        int marked = em.createNativeQuery("UPDATE marketplace_listing SET wanted_quantity = NULL, stock_due = TRUE, "
                + "price_due = TRUE, state = 'PENDING' WHERE account_id = ? AND state <> 'ERROR'")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("UPDATE marketplace_account SET last_full_sync_at = ? WHERE id = ?")
                .setParameter(1, now()).setParameter(2, accountId).executeUpdate();
        return marked;
    }

    /** The channel's price of one now; null when the channel has none (nothing to push). */
    private BigDecimal priceOf(MarketplaceAccount account, String sku) {
        try {
            return prices.price(sku, 1, new PriceContext(retailer.currency(), account.getChannelCode(), null, null,
                    null)).amount();
        } catch (Refusal noPrice) {
            return null;
        }
    }

    private void settle(long listingId) {
        em.createNativeQuery("UPDATE marketplace_listing SET state = 'IN_SYNC' WHERE id = ? AND stock_due = FALSE "
                + "AND price_due = FALSE").setParameter(1, listingId).executeUpdate();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
