package org.omnistock.wishlist.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.control.BackOnSale;
import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.customer.control.CustomersErased;
import org.omnistock.customer.control.CustomersMerged;
import org.omnistock.customer.entity.Customer;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.customer.WishNotice;
import org.omnistock.messages.pricing.SelectedPrice;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.platform.Refusal;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;
import org.omnistock.pricing.control.PricesInForce;
import org.omnistock.wishlist.entity.WishListItem;

/**
 * Customers' wish lists, and the notices that a wished SKU is back on sale or costs the customer less, published
 * through the outbox of the transaction that made it so.
 */
@Stateless
public class WishLists {

    /** The most SKUs one wish list holds. */
    public static final int MAX_ITEMS = 200;
    /** A price import names thousands of SKUs: they are looked up in wish lists this many at a time. */
    private static final int SKUS_PER_QUERY = 500;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Customers customers;

    @Inject
    Skus skus;

    @Inject
    PriceResolver prices;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The customer's wish list (also what profiles merged into it wished for), newest first. */
    public WishListView list(String number) {
        access.require(Scopes.CUSTOMERS_READ);
        Customer customer = customers.active(number);
        return view(customer);
    }

    /**
     * Puts a SKU on the customer's wish list, noting its price for them now; a SKU already there stays as it was.
     *
     * @throws Refusal INVALID {@code unknown-sku}; CONFLICT {@code wish-list-full}
     */
    public WishListView add(String number, String skuCode, @NotNull @Valid WishInput input) {
        Caller caller = access.require(Scopes.CUSTOMERS_WRITE);
        Customer customer = customers.lockProfile(customers.active(number));
        Sku sku = skus.find(skuCode).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku",
                "there is no SKU " + skuCode));
        if (item(customer, sku).isEmpty()) {
            List<WishListItem> items = items(customer);
            if (items.size() >= MAX_ITEMS) {
                throw new Refusal(Refusal.Kind.CONFLICT, "wish-list-full", "a wish list holds at most " + MAX_ITEMS
                        + " SKUs");
            }
            String channel = caller.channel() != null ? caller.channel() : blankToNull(input.channel());
            em.persist(new WishListItem(customer, sku, channel, input.currency(),
                    priceFor(customer, sku, channel, input.currency()).orElse(null), clock.instant()));
            em.flush();
        }
        return view(customer);
    }

    /** Takes a SKU off the list; one not on it changes nothing. */
    public WishListView remove(String number, String skuCode) {
        access.require(Scopes.CUSTOMERS_WRITE);
        Customer customer = customers.lockProfile(customers.active(number));
        skus.find(skuCode).flatMap(sku -> item(customer, sku)).ifPresent(em::remove);
        em.flush();
        return view(customer);
    }

    /** A channel may sell a SKU again: everyone who wished for it there (or anywhere) hears it. */
    public void backOnSale(@Observes BackOnSale event) {
        Instant now = clock.instant();
        for (WishListItem wish : em.createNamedQuery(WishListItem.FIND_BY_SKU, WishListItem.class)
                .setParameter("sku", event.sku()).setParameter("channel", event.channel()).getResultList()) {
            announce(wish, WishNotice.BACK_ON_SALE, event.channel(), event.sellable(), null, null, now);
        }
    }

    /**
     * Prices took effect: each wisher's price for them is worked out again (their customer group, the channel they
     * wished in), and a drop below the one they were last told of is announced.
     */
    public void pricesInForce(@Observes PricesInForce event) {
        Instant now = clock.instant();
        for (int from = 0; from < event.skus().size(); from += SKUS_PER_QUERY) {
            List<String> skuCodes = event.skus().subList(from, Math.min(event.skus().size(), from + SKUS_PER_QUERY));
            for (WishListItem wish : em.createNamedQuery(WishListItem.FIND_BY_SKUS, WishListItem.class)
                    .setParameter("skus", skuCodes).setParameter("currency", event.currency()).getResultList()) {
                BigDecimal before = wish.getNoticedPrice();
                Optional<BigDecimal> current = priceFor(wish.getCustomer(), wish.getSku(), wish.getChannel(),
                        wish.getCurrency());
                if (current.isPresent() && wish.priced(current.get())) {
                    announce(wish, WishNotice.PRICE_DROP, wish.getChannel(), null, current.get(), before, now);
                }
            }
        }
    }

    /** A merged profile's wishes are the survivor's; a SKU both wished for stays once. */
    public void merged(@Observes CustomersMerged merge) {
        Customer survivor = customers.active(merge.survivor());
        for (WishListItem wish : em.createNamedQuery(WishListItem.FIND_OF_NUMBERS, WishListItem.class)
                .setParameter("numbers", List.of(merge.merged())).getResultList()) {
            if (item(survivor, wish.getSku()).isPresent()) {
                em.remove(wish);
            } else {
                wish.movedTo(survivor);
            }
        }
        em.flush();
    }

    /** What a customer wished for is about them: erased with them. */
    public void erased(@Observes CustomersErased erased) {
        if (!erased.customerNumbers().isEmpty()) {
            em.createNamedQuery(WishListItem.DELETE_OF_CUSTOMERS).setParameter("numbers", erased.customerNumbers())
                    .executeUpdate();
        }
    }

    /** A customer's wishes, for their timeline and their personal data. */
    public void activityOf(@Observes ActivityQuery query) {
        query.add(em.createNamedQuery(WishListItem.FIND_OF_NUMBERS, WishListItem.class)
                .setParameter("numbers", query.customerNumbers()).setMaxResults(query.max()).getResultStream()
                .map(w -> new Activity(w.getAddedAt(), "WISH", w.getSku().getCode(), w.getChannel(), null,
                        w.getNoticedPrice(), "wished for " + w.getSku().getName()
                        + (w.getNotifiedAt() == null ? "" : ", last told " + w.getNotifiedAt())))
                .toList());
    }

    private void announce(WishListItem wish, String reason, String channel, Long sellable, BigDecimal price,
                          BigDecimal previous, Instant now) {
        wish.notified(now);
        Customer customer = wish.getCustomer();
        String eventId = UUID.randomUUID().toString();
        WishNotice notice = new WishNotice(WishNotice.SCHEMA_VERSION, eventId, customer.getNumber(),
                wish.getSku().getCode(), reason, channel, sellable, wish.getCurrency(), price, previous,
                customer.isEmailConsent(), customer.isSmsConsent(), now);
        outbox.enqueue(new OutgoingEvent(Destinations.WISH_NOTICE, true, WishNotice.EVENT_TYPE, eventId,
                channel == null ? Map.of(Headers.SKU, wish.getSku().getCode())
                        : Map.of(Headers.SKU, wish.getSku().getCode(), Headers.CHANNEL, channel),
                JsonCodec.toJson(notice), "customer:" + customer.getNumber()));
    }

    /** The customer's unit price of one, for their customer group in the channel; empty if it has none. */
    private Optional<BigDecimal> priceFor(Customer customer, Sku sku, String channel, String currency) {
        return prices.unitPriceIfAny(sku, new PriceContext(currency, channel, null, customer.pricingGroup(), null))
                .map(SelectedPrice::amount);
    }

    private Optional<WishListItem> item(Customer customer, Sku sku) {
        return em.createNamedQuery(WishListItem.FIND_ONE, WishListItem.class).setParameter("customer", customer)
                .setParameter("sku", sku).getResultStream().findFirst();
    }

    private List<WishListItem> items(Customer customer) {
        return em.createNamedQuery(WishListItem.FIND_OF_CUSTOMERS, WishListItem.class)
                .setParameter("customers", customers.profileIds(customer)).getResultList();
    }

    private WishListView view(Customer customer) {
        return new WishListView(customer.getNumber(), items(customer).stream().map(WishListView.Item::of).toList());
    }
}
