package org.omnistock.tillday.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A store's till day: open while {@code openStore} holds the store's code, closed with the cash counted. */
@Entity
@Table(name = "till_day")
@NamedQuery(name = TillDay.OPEN_AT, query = "SELECT d FROM TillDay d WHERE d.openStore = :store")
@NamedQuery(name = TillDay.OF_STORE, query = "SELECT d FROM TillDay d WHERE d.store = :store ORDER BY d.openedAt DESC")
public class TillDay {

    public static final String OPEN_AT = "TillDay.openAt";
    public static final String OF_STORE = "TillDay.ofStore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_code", nullable = false, length = 32)
    private String store;

    @Column(name = "open_store", length = 32)
    private String openStore;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opening_float", nullable = false, precision = 19, scale = 4)
    private BigDecimal openingFloat;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "counted_cash", precision = 19, scale = 4)
    private BigDecimal countedCash;

    @Column(name = "cash_difference", precision = 19, scale = 4)
    private BigDecimal cashDifference;

    @Column(name = "difference_reason", length = 200)
    private String differenceReason;

    @Column(nullable = false)
    private long receipts;

    protected TillDay() {
    }

    public TillDay(String store, Instant openedAt, String openedBy, BigDecimal openingFloat) {
        this.store = store;
        this.openStore = store;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.openingFloat = openingFloat;
    }

    public void close(Instant at, String by, BigDecimal counted, BigDecimal difference, String reason) {
        this.openStore = null;
        this.closedAt = at;
        this.closedBy = by;
        this.countedCash = counted;
        this.cashDifference = difference;
        this.differenceReason = reason;
    }

    /** Receipts folded into it. */
    public void counted(int more) {
        receipts += more;
    }

    public boolean isOpen() {
        return openStore != null;
    }

    public Long getId() {
        return id;
    }

    public String getStore() {
        return store;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public BigDecimal getOpeningFloat() {
        return openingFloat;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public BigDecimal getCountedCash() {
        return countedCash;
    }

    public BigDecimal getCashDifference() {
        return cashDifference;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }

    public long getReceipts() {
        return receipts;
    }
}
