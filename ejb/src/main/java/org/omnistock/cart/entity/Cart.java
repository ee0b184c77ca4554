package org.omnistock.cart.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/** A server-side cart; see the package documentation. */
@Entity
@Table(name = "cart")
@NamedQuery(name = Cart.FIND_BY_TOKEN, query = "SELECT c FROM Cart c WHERE c.token = :token")
@NamedQuery(name = Cart.FIND_OPEN_OF_CUSTOMER, query = "SELECT c FROM Cart c WHERE c.customerNumber = :customer "
        + "AND c.channel = :channel AND c.status = org.omnistock.cart.entity.CartStatus.OPEN ORDER BY c.id")
@NamedQuery(name = Cart.FIND_ALL_OPEN_OF_CUSTOMER, query = "SELECT c FROM Cart c "
        + "WHERE c.customerNumber = :customer AND c.status = org.omnistock.cart.entity.CartStatus.OPEN ORDER BY c.id")
@NamedQuery(name = Cart.FIND_BY_CUSTOMERS, query = "SELECT c FROM Cart c WHERE c.customerNumber IN :customers "
        + "ORDER BY c.updatedAt DESC, c.id DESC")
@NamedQuery(name = Cart.ABANDON_BEFORE, query = "UPDATE Cart c SET c.status = "
        + "org.omnistock.cart.entity.CartStatus.ABANDONED WHERE c.status = org.omnistock.cart.entity.CartStatus.OPEN "
        + "AND c.updatedAt < :before")
public class Cart {

    public static final String FIND_BY_TOKEN = "Cart.findByToken";
    public static final String FIND_OPEN_OF_CUSTOMER = "Cart.findOpenOfCustomer";
    public static final String FIND_BY_CUSTOMERS = "Cart.findByCustomers";
    public static final String FIND_ALL_OPEN_OF_CUSTOMER = "Cart.findAllOpenOfCustomer";
    public static final String ABANDON_BEFORE = "Cart.abandonBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cart_token", nullable = false, unique = true, length = 36)
    private String token;

    @Column(name = "channel_code", nullable = false, length = 32)
    private String channel;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "customer_number", length = 20)
    private String customerNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CartStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Cart mergedInto;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hold_location_id")
    private Location holdLocation;

    @Column(name = "hold_until")
    private Instant holdUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {
    }

    public Cart(String token, String channel, String currency, String customerNumber, Instant at) {
        this.token = token;
        this.channel = channel;
        this.currency = currency;
        this.customerNumber = customerNumber;
        this.status = CartStatus.OPEN;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Sets how many of the SKU the cart holds; zero takes the line out. */
    public void put(Sku sku, int quantity, Instant at) {
        Optional<CartLine> line = line(sku);
        if (quantity == 0) {
            line.ifPresent(lines::remove);
        } else if (line.isPresent()) {
            line.get().quantity(quantity);
        } else {
            lines.add(new CartLine(this, sku, quantity));
        }
        updatedAt = at;
    }

    /**
     * Takes an anonymous cart's lines into this, the customer's cart: a SKU in both keeps the larger quantity.
     * The other cart is {@code MERGED} into this one.
     */
    public void absorb(Cart anonymous, Instant at) {
        for (CartLine theirs : anonymous.lines) {
            int mine = line(theirs.getSku()).map(CartLine::getQuantity).orElse(0);
            put(theirs.getSku(), Math.max(mine, theirs.getQuantity()), at);
        }
        anonymous.status = CartStatus.MERGED;
        anonymous.mergedInto = this;
        anonymous.updatedAt = at;
    }

    /**
     * The customer signed in and had no cart in this channel yet, or the profile it belonged to was merged into
     * theirs: this one is theirs.
     */
    public void belongsTo(String customerNumber, Instant at) {
        this.customerNumber = customerNumber;
        this.updatedAt = at;
    }

    /** Its lines' stock is held at this location until then. */
    public void held(Location location, Instant until) {
        this.holdLocation = location;
        this.holdUntil = until;
    }

    /** It holds no stock (any more). */
    public void unheld() {
        this.holdLocation = null;
        this.holdUntil = null;
    }

    /** Whether it holds stock at this instant. */
    public boolean holds(Instant at) {
        return holdLocation != null && holdUntil.isAfter(at);
    }

    /** The reference its stock is held under. */
    public String holdReference() {
        return "cart " + token;
    }

    public Location getHoldLocation() {
        return holdLocation;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public void ordered(String orderNumber, Instant at) {
        this.status = CartStatus.ORDERED;
        this.orderNumber = orderNumber;
        this.updatedAt = at;
    }

    private Optional<CartLine> line(Sku sku) {
        return lines.stream().filter(l -> l.getSku().getId().equals(sku.getId())).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getChannel() {
        return channel;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public CartStatus getStatus() {
        return status;
    }

    public Cart getMergedInto() {
        return mergedInto;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CartLine> getLines() {
        return lines;
    }
}
