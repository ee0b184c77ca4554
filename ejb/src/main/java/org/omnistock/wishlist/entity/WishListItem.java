package org.omnistock.wishlist.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.customer.entity.Customer;

/** A SKU on a customer's wish list, with the price they were last told of. */
@Entity
@Table(name = "wish_list_item")
@NamedQuery(name = WishListItem.FIND_OF_CUSTOMERS, query = "SELECT w FROM WishListItem w "
        + "WHERE w.customer.id IN :customers ORDER BY w.addedAt DESC, w.id DESC")
@NamedQuery(name = WishListItem.FIND_OF_NUMBERS, query = "SELECT w FROM WishListItem w "
        + "WHERE w.customer.number IN :numbers ORDER BY w.addedAt DESC, w.id DESC")
@NamedQuery(name = WishListItem.FIND_ONE, query = "SELECT w FROM WishListItem w "
        + "WHERE w.customer = :customer AND w.sku = :sku")
@NamedQuery(name = WishListItem.FIND_BY_SKU, query = "SELECT w FROM WishListItem w JOIN FETCH w.customer c "
        + "WHERE w.sku = :sku AND c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE "
        + "AND (w.channel IS NULL OR w.channel = :channel)")
@NamedQuery(name = WishListItem.FIND_BY_SKUS, query = "SELECT w FROM WishListItem w JOIN FETCH w.customer c "
        + "JOIN FETCH w.sku s WHERE s.code IN :skus AND w.currency = :currency "
        + "AND c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE")
@NamedQuery(name = WishListItem.DELETE_OF_CUSTOMERS, query = "DELETE FROM WishListItem w "
        + "WHERE w.customer.number IN :numbers")
public class WishListItem {

    public static final String FIND_OF_CUSTOMERS = "WishListItem.findOfCustomers";
    public static final String FIND_OF_NUMBERS = "WishListItem.findOfNumbers";
    public static final String FIND_ONE = "WishListItem.findOne";
    public static final String FIND_BY_SKU = "WishListItem.findBySku";
    public static final String FIND_BY_SKUS = "WishListItem.findBySkus";
    public static final String DELETE_OF_CUSTOMERS = "WishListItem.deleteOfCustomers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    /** The channel it was wished in; null for a store or the back office, which hear from every channel. */
    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "noticed_price", precision = 19, scale = 4)
    private BigDecimal noticedPrice;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected WishListItem() {
    }

    public WishListItem(Customer customer, Sku sku, String channel, String currency, BigDecimal price,
                        Instant addedAt) {
        this.customer = customer;
        this.sku = sku;
        this.channel = channel;
        this.currency = currency;
        this.noticedPrice = price;
        this.addedAt = addedAt;
    }

    /**
     * The customer's price now; remembered, so that the next drop is counted from it.
     *
     * @return whether it is below the one they were last told of
     */
    public boolean priced(BigDecimal price) {
        boolean drop = noticedPrice != null && price.compareTo(noticedPrice) < 0;
        noticedPrice = price;
        return drop;
    }

    public void notified(Instant at) {
        notifiedAt = at;
    }

    /** Moved to the profile its customer was merged into. */
    public void movedTo(Customer survivor) {
        customer = survivor;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Sku getSku() {
        return sku;
    }

    public String getChannel() {
        return channel;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getNoticedPrice() {
        return noticedPrice;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
