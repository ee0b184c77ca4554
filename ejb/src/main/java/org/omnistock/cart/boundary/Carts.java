package org.omnistock.cart.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.cart.entity.Cart;
import org.omnistock.cart.entity.CartStatus;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Idempotent;
import org.omnistock.stock.boundary.ReservationRequest;
import org.omnistock.stock.boundary.Reservations;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.customer.control.CustomersMerged;
import org.omnistock.customer.entity.Customer;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.order.boundary.OrderIntake;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.platform.Refusal;
import org.omnistock.promotion.boundary.BasketItem;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketQuote;
import org.omnistock.promotion.boundary.BasketRequest;

/** Server-side carts: open, fill, sign in (and merge), price, order; see the cart package. */
@Stateless
public class Carts {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Channels channels;

    @Inject
    Customers customers;

    @Inject
    Skus skus;

    @Inject
    BasketPricing pricing;

    @Inject
    OrderIntake intake;

    @Inject
    Reservations reservations;

    @Inject
    Locations locations;

    @Inject
    Clock clock;

    /** A cart as opened: new, or the customer's open cart found instead. */
    public record Opened(CartView cart, boolean created) {
    }

    /** A new cart, or the signed-in customer's open cart in the channel if they have one. */
    @Idempotent
    public Opened open(@NotNull @Valid NewCart request) {
        Caller caller = writer();
        String channel = channels.sellingChannel(caller, request.channel());
        Optional<Customer> customer = customer(caller, channel, request.customerId());
        if (customer.isPresent()) {
            Optional<Cart> existing = openCartOf(customers.lockProfile(customer.get()), channel);
            if (existing.isPresent()) {
                return new Opened(view(existing.get()), false);
            }
        }
        Cart cart = new Cart(UUID.randomUUID().toString(), channel, request.currency(),
                customer.map(Customer::getNumber).orElse(null), clock.instant());
        em.persist(cart);
        em.flush();
        return new Opened(view(cart), true);
    }

    /** The cart priced now; a merged cart answers with where it went. */
    public CartView get(String token) {
        access.require(Scopes.READ);
        return view(visible(token, false));
    }

    /**
     * @throws Refusal CONFLICT {@code cart-closed} if the cart is no longer open; INVALID {@code unknown-sku}, or
     *                 {@code channel-excludes-sku} for a SKU the cart's channel does not sell
     */
    public CartView put(String token, String skuCode, @NotNull @Valid CartLineChange change) {
        writer();
        Cart cart = open(visible(token, true));
        Sku sku = skus.find(skuCode).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-sku",
                "there is no SKU " + skuCode));
        if (change.quantity() > 0) {
            channels.limits(cart.getChannel(), List.of(sku)).exclusion(sku.getCode()).ifPresent(rule -> {
                throw new Refusal(Refusal.Kind.INVALID, "channel-excludes-sku", "channel " + cart.getChannel()
                        + " does not sell " + sku.getCode() + ": " + rule);
            });
        }
        cart.put(sku, change.quantity(), clock.instant());
        em.flush();
        holdAgain(cart);
        return view(cart);
    }

    /**
     * Holds the cart's lines at a location, all or none, releasing what it held before; the hold follows later
     * changes of the lines, and lapses by itself when its time is up.
     *
     * @throws Refusal INVALID {@code insufficient-stock} (nothing changes: an earlier hold stays),
     *                 {@code cart-empty}, {@code unknown-location}; {@code location-not-in-channel} or
     *                 {@code channel-sellable-exceeded} where the cart's channel may not take the stock
     */
    public CartView hold(String token, @NotNull @Valid CartHold hold) {
        writer();
        Cart cart = open(visible(token, true));
        if (cart.getLines().isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "cart-empty", "cart " + token + " has no lines to hold");
        }
        Location location = locations.find(hold.locationId()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "unknown-location", "there is no location " + hold.locationId()));
        hold(cart, location, clock.instant().plusSeconds(hold.holdSeconds()));
        return view(cart);
    }

    /** Lets the cart's stock go. */
    public CartView release(String token) {
        writer();
        Cart cart = visible(token, true);
        reservations.releaseHolds(cart.holdReference());
        cart.unheld();
        return view(cart);
    }

    /**
     * The customer signed in on the device holding this cart: it becomes theirs, or, if they have an open cart in
     * the channel already, its lines are merged into that one (see the package documentation), which is returned.
     *
     * @throws Refusal CONFLICT {@code cart-of-another-customer} if the cart already belongs to someone else
     */
    public CartView signIn(String token, @NotNull @Valid SignIn signIn) {
        Caller caller = writer();
        Cart cart = open(visible(token, true));
        Customer customer = customers.lockProfile(customer(caller, cart.getChannel(), signIn.customerId())
                .orElseThrow());
        if (customer.getNumber().equals(cart.getCustomerNumber())) {
            return view(cart);
        }
        if (cart.getCustomerNumber() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "cart-of-another-customer", "cart " + token
                    + " belongs to another customer");
        }
        Instant now = clock.instant();
        Optional<Cart> theirs = openCartOf(customer, cart.getChannel());
        if (theirs.isEmpty()) {
            cart.belongsTo(customer.getNumber(), now);
            return view(cart);
        }
        Cart target = lock(theirs.get());
        target.absorb(cart, now);
        letGo(cart);
        em.flush();
        holdAgain(target);
        return view(target);
    }

    /**
     * Places the cart as an order through the orders API (idempotent by its external id, so a checkout sent again
     * finds its order), then closes the cart.
     *
     * @throws Refusal CONFLICT {@code cart-closed}; INVALID {@code cart-empty}; and what placing an order refuses
     */
    public OrderView order(String token, @NotNull @Valid CartOrder checkout) {
        writer();
        Cart cart = visible(token, true);
        if (cart.getStatus() == CartStatus.ORDERED) {
            return intake.place(newOrder(cart, checkout));
        }
        open(cart);
        if (cart.getLines().isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "cart-empty", "cart " + token + " has no lines");
        }
        OrderView order = intake.place(newOrder(cart, checkout), cart.getHoldLocation() == null ? null
                : cart.holdReference());
        cart.ordered(order.number(), clock.instant());
        cart.unheld();
        return order;
    }

    /** Carts untouched since before the instant are abandoned: they stop being anyone's cart. */
    public int abandonBefore(Instant before) {
        return em.createNamedQuery(Cart.ABANDON_BEFORE).setParameter("before", before).executeUpdate();
    }

    /**
     * The merged profile's open carts are the survivor's: taken into the survivor's open cart of the same channel
     * (a SKU in both keeps the larger quantity, as at sign-in), or becoming it. Two carts folded into one let go of
     * the stock they held (on the merge's behalf, whoever merged: a merge is no reason to refuse, and the lines
     * together may be more than the store can hold); the shop holds again.
     */
    public void merged(@Observes CustomersMerged merge) {
        Instant now = clock.instant();
        Customer survivor = customers.active(merge.survivor());
        for (Cart cart : em.createNamedQuery(Cart.FIND_ALL_OPEN_OF_CUSTOMER, Cart.class)
                .setParameter("customer", merge.merged()).getResultList()) {
            Optional<Cart> theirs = openCartOf(survivor, cart.getChannel());
            if (theirs.isPresent()) {
                Cart target = lock(theirs.get());
                target.absorb(lock(cart), now);
                Access.asSystem(() -> {
                    letGo(cart);
                    letGo(target);
                });
            } else {
                cart.belongsTo(survivor.getNumber(), now);
            }
        }
        em.flush();
    }

    /** A customer's carts, for their timeline. */
    public void activityOf(@Observes ActivityQuery query) {
        query.add(em.createNamedQuery(Cart.FIND_BY_CUSTOMERS, Cart.class)
                .setParameter("customers", query.customerNumbers()).setMaxResults(query.max()).getResultStream()
                .map(c -> new Activity(c.getUpdatedAt(), "CART", c.getToken(), c.getChannel(), null, null,
                        c.getStatus().name().toLowerCase() + ", " + c.getLines().stream()
                                .mapToInt(l -> l.getQuantity()).sum() + " item(s)"
                                + (c.getOrderNumber() == null ? "" : ", order " + c.getOrderNumber())))
                .toList());
    }

    /** A caller that changes carts: every answer is the cart priced, so it needs {@code read} as well. */
    private Caller writer() {
        access.require(Scopes.READ);
        return access.require(Scopes.ORDERS_WRITE);
    }

    private NewOrder newOrder(Cart cart, CartOrder checkout) {
        List<NewOrder.Line> lines = cart.getLines().stream()
                .map(l -> new NewOrder.Line(l.getSku().getCode(), l.getQuantity(), null)).toList();
        return new NewOrder(checkout.externalId(), cart.getChannel(), cart.getCurrency(), cart.getCustomerNumber(),
                null, checkout.codes(), checkout.shipping(), checkout.expectedTotal(), lines,
                checkout.deliveryGroups(), checkout.authorisation(), checkout.points(), checkout.shortage());
    }

    private Optional<Customer> customer(Caller caller, String channel, String customerId) {
        String id = blankToNull(customerId);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(customers.named(caller, channel, id).orElseThrow(() -> new Refusal(
                Refusal.Kind.INVALID, "unknown-customer", "no customer is known as " + id + " in channel "
                + channel)));
    }

    private Optional<Cart> openCartOf(Customer customer, String channel) {
        return em.createNamedQuery(Cart.FIND_OPEN_OF_CUSTOMER, Cart.class)
                .setParameter("customer", customer.getNumber()).setParameter("channel", channel).getResultStream()
                .findFirst();
    }

    /** The cart, if the caller may see it: a client bound to a channel sees that channel's carts only. */
    private Cart visible(String token, boolean locked) {
        Caller caller = access.caller();
        Optional<Cart> found = token == null ? Optional.empty() : em.createNamedQuery(Cart.FIND_BY_TOKEN, Cart.class)
                .setParameter("token", token).getResultStream().findFirst();
        if (found.isEmpty() || caller.channel() != null && !caller.channel().equals(found.get().getChannel())) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-cart", "there is no cart " + token);
        }
        return locked ? lock(found.get()) : found.get();
    }

    private static Cart open(Cart cart) {
        if (cart.getStatus() != CartStatus.OPEN) {
            throw new Refusal(Refusal.Kind.CONFLICT, "cart-closed", "cart " + cart.getToken() + " is "
                    + cart.getStatus().name().toLowerCase() + (cart.getMergedInto() == null ? ""
                    : " into " + cart.getMergedInto().getToken()));
        }
        return cart;
    }

    /** The cart's lines held at the location until then, instead of what it held before. */
    private void hold(Cart cart, Location location, Instant until) {
        reservations.releaseHolds(cart.holdReference());
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        reservations.reserveAlone(new ReservationRequest(cart.holdReference(), seconds, cart.getLines().stream()
                .map(line -> new ReservationRequest.Line(line.getSku().getCode(), location.getCode(),
                        (long) line.getQuantity())).toList(), cart.getChannel()), null);
        cart.held(location, until);
    }

    /** After its lines changed, a cart that holds stock holds them instead (or nothing, once it has none). */
    private void holdAgain(Cart cart) {
        Instant now = clock.instant();
        if (!cart.holds(now)) {
            cart.unheld();
        } else if (cart.getLines().isEmpty()) {
            letGo(cart);
        } else {
            hold(cart, cart.getHoldLocation(), cart.getHoldUntil());
        }
    }

    private void letGo(Cart cart) {
        reservations.releaseHolds(cart.holdReference());
        cart.unheld();
    }

    private Cart lock(Cart cart) {
        Cart locked = em.find(Cart.class, cart.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    private CartView view(Cart cart) {
        List<CartView.Line> lines = cart.getLines().stream()
                .map(l -> new CartView.Line(l.getSku().getCode(), l.getQuantity())).toList();
        BasketQuote quote = cart.getStatus() != CartStatus.OPEN || lines.isEmpty() ? null
                : pricing.quote(new BasketRequest(cart.getCurrency(), cart.getChannel(), null,
                cart.getCustomerNumber(), null, null, lines.stream().map(l -> new BasketItem(l.sku(),
                l.quantity())).toList(), null, List.of(), null));
        return new CartView(cart.getToken(), cart.getChannel(), cart.getCurrency(), cart.getCustomerNumber(),
                cart.getStatus().name(), cart.getMergedInto() == null ? null : cart.getMergedInto().getToken(),
                cart.getOrderNumber(), lines, quote, cart.holds(clock.instant()) ? cart.getHoldLocation().getCode() : null,
                cart.holds(clock.instant()) ? cart.getHoldUntil() : null, cart.getCreatedAt(), cart.getUpdatedAt());
    }
}
