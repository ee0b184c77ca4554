package org.omnistock.promotion.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** The promotions an order or sale used, recorded once per reference. */
@Entity
@Table(name = "redemption")
@NamedQuery(name = Redemption.FIND_BY_REFERENCE, query = "SELECT r FROM Redemption r WHERE r.reference = :reference")
public class Redemption {

    public static final String FIND_BY_REFERENCE = "Redemption.findByReference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String reference;

    @Column(name = "request_digest", nullable = false, length = 64)
    private String requestDigest;

    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 15, scale = 4)
    private BigDecimal total;

    @Column(name = "discount_total", nullable = false, precision = 15, scale = 4)
    private BigDecimal discountTotal;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "redemption", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RedemptionLine> lines = new ArrayList<>();

    protected Redemption() {
    }

    public Redemption(String reference, String requestDigest, String customerId, String channel, String currency,
                      BigDecimal total, BigDecimal discountTotal, Instant recordedAt) {
        this.reference = reference;
        this.requestDigest = requestDigest;
        this.customerId = customerId;
        this.channel = channel;
        this.currency = currency;
        this.total = total;
        this.discountTotal = discountTotal;
        this.recordedAt = recordedAt;
    }

    public void add(Promotion promotion, Coupon coupon, BigDecimal amount) {
        lines.add(new RedemptionLine(this, promotion, coupon, amount));
    }

    public String getReference() {
        return reference;
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getChannel() {
        return channel;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<RedemptionLine> getLines() {
        return lines;
    }
}
