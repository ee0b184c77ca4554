package org.omnistock.marketplace.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.marketplace.control.MarketplaceMarks;
import org.omnistock.marketplace.control.MarketplaceState;
import org.omnistock.marketplace.control.MarketplaceSync;
import org.omnistock.marketplace.control.Connectors;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.marketplace.entity.MarketplaceListing;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.SecretBox;

/** Marketplace accounts, their listings, syncs and reconciliation, for admins (marketplace package documentation). */
@Stateless
public class Marketplaces {

    /** The most listings one reconciliation page reads from the marketplace. */
    public static final int MAX_RECONCILED = 250;
    /** Where Login with Amazon gives access tokens, unless an account names another. */
    static final String AMAZON_LOGIN = "https://api.amazon.com/auth/o2/token";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Channels channels;

    @Inject
    Skus skus;

    @Inject
    SecretBox secrets;

    @Inject
    MarketplaceSync sync;

    @Inject
    Event<MarketplaceMarks.WorkDue> due;

    @Inject
    MarketplaceState state;

    @Inject
    Connectors connectors;

    @Inject
    Clock clock;

    /**
     * @throws Refusal CONFLICT {@code account-exists}; INVALID {@code unknown-channel}, {@code invalid-url}
     */
    public AccountView create(@NotNull @Valid NewAccount request) {
        access.require(Scopes.ADMIN);
        if (find(request.code()) != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "account-exists", "marketplace account " + request.code()
                    + " exists");
        }
        if (channels.findByCode(request.channel()).isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + request.channel());
        }
        MarketplaceAccount account = new MarketplaceAccount(request.code(), request.kind(), request.channel(),
                url(request.baseUrl()), secrets.seal(request.accessToken()), request.webhookSecret() == null ? null
                : secrets.seal(request.webhookSecret()), request.remoteLocationId(), request.requestsPerSecond(),
                request.burst(), clock.instant());
        account.sellerAndDefaultPoint(request.sellerId(), request.defaultLatitude(), request.defaultLongitude());
        if (request.kind() == MarketplaceAccount.Kind.AMAZON) {
            if (blankToNull(request.clientId()) == null || blankToNull(request.clientSecret()) == null) {
                throw new Refusal(Refusal.Kind.INVALID, "login-client-required", "an Amazon account needs the "
                        + "Login-with-Amazon client id and secret of the application: its calls take access "
                        + "tokens given for the refresh token (accessToken)");
            }
            account.login(url(request.loginUrl() == null ? AMAZON_LOGIN : request.loginUrl()), request.clientId(),
                    secrets.seal(request.clientSecret()));
        }
        em.persist(account);
        em.flush();
        return AccountView.of(account, 0, 0, clock.instant());
    }

    public List<AccountView> list() {
        access.require(Scopes.ADMIN);
        Map<Long, long[]> counts = counts();
        return em.createNamedQuery(MarketplaceAccount.LIST_ALL, MarketplaceAccount.class).getResultStream()
                .map(a -> view(a, counts)).toList();
    }

    public AccountView get(String code) {
        access.require(Scopes.ADMIN);
        return view(require(code), counts());
    }

    /**
     * Disabled, no server works the account any more: its lease ends at once. Enabled again, every listing is due (no
     * change was marked while it was off) and this server starts on it as soon as that commits, unless another one
     * took it first.
     */
    public AccountView enable(String code, boolean enabled) {
        access.require(Scopes.ADMIN);
        MarketplaceAccount account = require(code);
        boolean enabling = enabled && !account.isEnabled();
        if (enabling) {
            // In a transaction of its own, so before this one holds the account's row.
            state.markAll(account.getId());
        }
        account.enable(enabled);
        em.flush();
        if (!enabled) {
            em.createNativeQuery("UPDATE marketplace_account SET leased_by = NULL, lease_until = NULL WHERE id = ?")
                    .setParameter(1, account.getId()).executeUpdate();
        } else if (enabling) {
            due.fire(new MarketplaceMarks.WorkDue());
        }
        em.refresh(account);
        return view(account, counts());
    }

    /** Where the SKU is on the marketplace; its figure and price are pushed next. */
    public ListingView putListing(String code, String sku, @NotNull @Valid NewListing request) {
        access.require(Scopes.ADMIN);
        MarketplaceAccount account = require(code);
        if (skus.find(sku).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + sku);
        }
        if (account.getKind() == MarketplaceAccount.Kind.SHOPIFY && request.inventoryItemId() == null) {
            throw new Refusal(Refusal.Kind.INVALID, "inventory-item-required", "a Shopify listing needs the "
                    + "variant's inventory item: its stock is set there");
        }
        MarketplaceListing listing = em.createNamedQuery(MarketplaceListing.FIND, MarketplaceListing.class)
                .setParameter("account", account.getId()).setParameter("sku", sku).getResultStream().findFirst()
                .orElse(null);
        if (listing == null) {
            listing = new MarketplaceListing(account.getId(), sku, request.productId(), request.variantId(),
                    request.inventoryItemId());
            em.persist(listing);
        } else {
            listing.map(request.productId(), request.variantId(), request.inventoryItemId());
        }
        em.flush();
        return ListingView.of(listing);
    }

    public List<ListingView> listings(String code) {
        access.require(Scopes.ADMIN);
        return em.createNamedQuery(MarketplaceListing.OF_ACCOUNT, MarketplaceListing.class)
                .setParameter("account", require(code).getId()).getResultStream().map(ListingView::of).toList();
    }

    /** Every listing's figure and price are pushed again, within the account's quota. */
    public AccountView fullSync(String code) {
        access.require(Scopes.ADMIN);
        MarketplaceAccount account = require(code);
        state.markAll(account.getId());
        sync.pollNow(code);
        return get(code);
    }

    /** The orders updated on the marketplace in the last {@code hours} are read again, in the background. */
    public AccountView reread(String code, int hours) {
        access.require(Scopes.ADMIN);
        require(code);
        sync.reread(code, Duration.ofHours(hours));
        return get(code);
    }

    /**
     * The marketplace's figures of up to {@link #MAX_RECONCILED} listings (from {@code first}, by SKU) beside the
     * channel's sellable figures now, and why each pair differs.
     */
    public List<ReconciliationRow> reconciliation(String code, int first) {
        access.require(Scopes.ADMIN);
        MarketplaceAccount account = require(code);
        List<MarketplaceListing> listings = em.createNamedQuery(MarketplaceListing.OF_ACCOUNT,
                        MarketplaceListing.class).setParameter("account", account.getId()).setFirstResult(first)
                .setMaxResults(MAX_RECONCILED).getResultList();
        Map<String, Long> remote = connectors.of(account).figures(account, listings);
        List<ReconciliationRow> rows = new ArrayList<>();
        for (MarketplaceListing listing : listings) {
            long sellable = Access.asSystem(() -> channels.sellable(account.getChannelCode(), listing.getSku())
                    .sellable());
            Long there = remote.get(listing.getSku());
            rows.add(new ReconciliationRow(listing.getSku(), sellable, there, listing.getState().name(),
                    reason(listing, sellable, there)));
        }
        return rows;
    }

    private static String reason(MarketplaceListing listing, long sellable, Long there) {
        if (there != null && there == sellable) {
            return null;
        }
        if (there == null) {
            return "not on the marketplace";
        }
        if (listing.getState() == MarketplaceListing.State.ERROR) {
            return "error: " + listing.getLastError();
        }
        if (listing.getState() == MarketplaceListing.State.CONFLICT) {
            return "conflict";
        }
        return listing.isStockDue() ? "push pending" : "unexplained";
    }

    private MarketplaceAccount find(String code) {
        return em.createNamedQuery(MarketplaceAccount.FIND_BY_CODE, MarketplaceAccount.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private MarketplaceAccount require(String code) {
        MarketplaceAccount account = find(code);
        if (account == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-marketplace-account", "there is no marketplace "
                    + "account " + code);
        }
        return account;
    }

    private static String url(String text) {
        try {
            URI uri = new URI(text.trim());
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())
                    && local)) {
                return uri.toString().replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new Refusal(Refusal.Kind.INVALID, "invalid-url", "the marketplace's API address must be https "
                + "(http only to localhost): " + text);
    }

    private AccountView view(MarketplaceAccount account, Map<Long, long[]> counts) {
        long[] c = counts.getOrDefault(account.getId(), new long[2]);
        return AccountView.of(account, c[0], c[1], clock.instant());
    }

    /** Per account: how many listings, how many due. */
    @SuppressWarnings("unchecked")
    private Map<Long, long[]> counts() {
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, COUNT(*), SUM(CASE WHEN stock_due = TRUE OR "
                + "price_due = TRUE THEN 1 ELSE 0 END) FROM marketplace_listing GROUP BY account_id").getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return counts;
    }
}
