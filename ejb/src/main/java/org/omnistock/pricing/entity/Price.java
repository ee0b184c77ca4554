package org.omnistock.pricing.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.Money;
import org.omnistock.messages.pricing.PriceCandidate;
import org.omnistock.messages.pricing.PriceEntry;

/** One entry of a price list, never changed: a later entry for the same SKU and tier takes over at its instant. */
@Entity
@Table(name = "price")
@NamedQuery(name = Price.CANDIDATES, query = "SELECT p FROM Price p JOIN FETCH p.priceList l JOIN FETCH p.sku s "
        + "WHERE s.id IN :skus AND l.currency = :currency")
@NamedQuery(name = Price.OF_LIST, query = "SELECT p FROM Price p JOIN FETCH p.sku s WHERE p.priceList = :list "
        + "ORDER BY s.code, p.minQuantity, p.effectiveFrom DESC")
@NamedQuery(name = Price.COUNT_OF_LIST, query = "SELECT COUNT(p) FROM Price p WHERE p.priceList = :list")
@NamedQuery(name = Price.OF_LIST_AND_SKU, query = "SELECT p FROM Price p JOIN FETCH p.sku s WHERE p.priceList = :list "
        + "AND s.code = :sku ORDER BY p.minQuantity, p.effectiveFrom DESC")
@NamedQuery(name = Price.NOT_BEFORE, query = "SELECT p FROM Price p JOIN FETCH p.sku WHERE p.priceList = :list "
        + "AND p.effectiveFrom >= :from")
@NamedQuery(name = Price.IN_FORCE, query = "SELECT p FROM Price p JOIN FETCH p.sku s WHERE p.priceList = :list "
        + "AND p.effectiveFrom = (SELECT MAX(q.effectiveFrom) FROM Price q WHERE q.priceList = p.priceList "
        + "AND q.sku = p.sku AND q.minQuantity = p.minQuantity AND q.effectiveFrom <= :now) "
        + "ORDER BY s.code, p.minQuantity")
@NamedQuery(name = Price.IN_FORCE_OF_SKUS, query = "SELECT p FROM Price p JOIN FETCH p.sku s WHERE p.priceList = :list "
        + "AND s.code IN :skus AND p.effectiveFrom = (SELECT MAX(q.effectiveFrom) FROM Price q "
        + "WHERE q.priceList = p.priceList AND q.sku = p.sku AND q.minQuantity = p.minQuantity "
        + "AND q.effectiveFrom <= :now)")
@NamedQuery(name = Price.LATEST_IN_FORCE, query = "SELECT s.code, p.minQuantity, MAX(p.effectiveFrom) FROM Price p "
        + "JOIN p.sku s WHERE p.priceList = :list AND s.code IN :skus AND p.effectiveFrom <= :now "
        + "GROUP BY s.code, p.minQuantity")
public class Price {

    public static final String CANDIDATES = "Price.candidates";
    public static final String OF_LIST = "Price.ofList";
    public static final String COUNT_OF_LIST = "Price.countOfList";
    public static final String OF_LIST_AND_SKU = "Price.ofListAndSku";
    public static final String NOT_BEFORE = "Price.notBefore";
    public static final String IN_FORCE = "Price.inForce";
    public static final String IN_FORCE_OF_SKUS = "Price.inForceOfSkus";
    public static final String LATEST_IN_FORCE = "Price.latestInForce";

    /** From a sequence, 100 at a time, so that an import's thousands of inserts go to the database in batches. */
    @Id
    @SequenceGenerator(name = "price_id", sequenceName = "price_id_block", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false, precision = 15, scale = 4)
    private BigDecimal amount;

    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Price() {
    }

    public Price(PriceList priceList, Sku sku, BigDecimal amount, int minQuantity, Instant effectiveFrom,
                 Instant recordedAt) {
        this.priceList = priceList;
        this.sku = sku;
        this.amount = amount;
        this.minQuantity = minQuantity;
        this.effectiveFrom = effectiveFrom;
        this.recordedAt = recordedAt;
    }

    public PriceEntry entry() {
        return new PriceEntry(sku.getCode(), getAmount(), minQuantity, effectiveFrom);
    }

    public PriceCandidate candidate() {
        return new PriceCandidate(priceList.scope(), entry());
    }

    public Long getId() {
        return id;
    }

    public PriceList getPriceList() {
        return priceList;
    }

    public Sku getSku() {
        return sku;
    }

    /** At the currency's minor unit (stored with four decimals; recording refuses more than the currency has). */
    public BigDecimal getAmount() {
        return Money.round(amount, Money.digits(priceList.getCurrency()));
    }

    public int getMinQuantity() {
        return minQuantity;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
