package org.omnistock.pricing.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.messages.pricing.PriceScope;

@Entity
@Table(name = "price_list")
@NamedQuery(name = PriceList.FIND_BY_CODE, query = "SELECT l FROM PriceList l WHERE l.code = :code")
@NamedQuery(name = PriceList.FIND_ALL, query = "SELECT l FROM PriceList l ORDER BY l.code")
public class PriceList {

    public static final String FIND_BY_CODE = "PriceList.findByCode";
    public static final String FIND_ALL = "PriceList.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(name = "price_zone", length = 32)
    private String priceZone;

    @Column(name = "customer_group", length = 32)
    private String customerGroup;

    @Column(nullable = false)
    private int priority;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    /** Of the last message announcing a change of this list. */
    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether its prices include tax (EU retail) or tax is added on top (docs/sale-to-cash.md). */
    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax = true;

    protected PriceList() {
    }

    public PriceList(String code, String name, String currency, String channel, String priceZone,
                     String customerGroup, int priority, Instant validFrom, Instant validTo, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.channel = channel;
        this.priceZone = priceZone;
        this.customerGroup = customerGroup;
        this.priority = priority;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
    }

    /**
     * Name, priority and window can change here; the channel, zone and group by {@link #rescope}; the currency never
     * (the amounts are in it).
     */
    public void change(String name, int priority, Instant validFrom, Instant validTo) {
        this.name = name;
        this.priority = priority;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whom the list prices for: a channel, a price zone, a customer group, each null for all. */
    public void rescope(String channel, String priceZone, String customerGroup) {
        this.channel = channel;
        this.priceZone = priceZone;
        this.customerGroup = customerGroup;
    }

    /** The sequence number of the next message about this list. */
    public long nextSequence() {
        return ++sequence;
    }

    public PriceScope scope() {
        return new PriceScope(code, currency, channel, priceZone, customerGroup, priority, validFrom, validTo,
                pricesIncludeTax);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public String getChannel() {
        return channel;
    }

    public String getPriceZone() {
        return priceZone;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public int getPriority() {
        return priority;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public void setPricesIncludeTax(boolean pricesIncludeTax) {
        this.pricesIncludeTax = pricesIncludeTax;
    }
}
