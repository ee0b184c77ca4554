package org.omnistock.sale.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.stock.entity.StockState;
import org.omnistock.location.entity.Location;
import org.omnistock.tax.entity.TaxSummaryLine;

/** One POS receipt. */
@Entity
@Table(name = "sale")
@NamedQuery(name = Sale.FIND_BY_RECEIPT,
        query = "SELECT s FROM Sale s WHERE s.store = :store AND s.receiptId = :receiptId")
@NamedQuery(name = Sale.FIND_BY_CUSTOMERS, query = "SELECT s FROM Sale s WHERE s.customerNumber IN :customers "
        + "ORDER BY s.soldAt DESC, s.id DESC")
@NamedQuery(name = Sale.FIND_REFUNDS_OF, query = "SELECT s FROM Sale s WHERE s.refundOf = :receipt")
public class Sale {

    public static final String FIND_REFUNDS_OF = "Sale.findRefundsOf";

    public static final String FIND_BY_CUSTOMERS = "Sale.findByCustomers";

    public static final String FIND_BY_RECEIPT = "Sale.findByReceipt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location store;

    @Column(name = "receipt_id", nullable = false, length = 64)
    private String receiptId;

    @Column(name = "sold_at", nullable = false)
    private Instant soldAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total = BigDecimal.ZERO;

    /** The customer it was rung up for, when the till named one we know. */
    @Column(name = "customer_number", length = 20)
    private String customerNumber;

    /** The receipt the goods brought back on this one were bought on, {@code <store>/<receipt>}; null for none. */
    @Column(name = "refund_of", length = 100)
    private String refundOf;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<SaleLine> lines = new ArrayList<>();

    /** Its tax per component and rate, when its store taxes (docs/sale-to-cash.md); empty otherwise. */
    @ElementCollection
    @CollectionTable(name = "sale_tax", joinColumns = @JoinColumn(name = "sale_id"))
    @OrderColumn(name = "entry_no")
    private List<TaxSummaryLine> taxes = new ArrayList<>();

    /** How it was paid, when the till said (docs/sale-to-cash.md); empty otherwise. */
    @ElementCollection
    @CollectionTable(name = "sale_tender", joinColumns = @JoinColumn(name = "sale_id"))
    @OrderColumn(name = "entry_no")
    private List<SaleTender> tenders = new ArrayList<>();

    protected Sale() {
    }

    public Sale(Location store, String receiptId, Instant soldAt, Instant recordedAt) {
        this.store = store;
        this.receiptId = receiptId;
        this.soldAt = soldAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.recordedAt = recordedAt;
    }

    /** Adds a line and keeps the total equal to the sum of the lines. */
    /**
     * @param returnCondition null for a sold line; for a returned one, the state its units go back into (the line
     *                        counts against the receipt's total)
     */
    public SaleLine addLine(Sku sku, int quantity, BigDecimal unitPrice, StockState returnCondition) {
        SaleLine line = new SaleLine(this, lines.size() + 1, sku, quantity, unitPrice, returnCondition);
        lines.add(line);
        BigDecimal amount = unitPrice.multiply(BigDecimal.valueOf(quantity));
        total = returnCondition == null ? total.add(amount) : total.subtract(amount);
        return line;
    }

    public Long getId() {
        return id;
    }

    public Location getStore() {
        return store;
    }

    public String getReceiptId() {
        return receiptId;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<SaleLine> getLines() {
        return List.copyOf(lines);
    }

    public void taxedAs(List<TaxSummaryLine> summary) {
        taxes.clear();
        taxes.addAll(summary);
    }

    /** Names the receipt the goods brought back on this one were bought on. */
    public void refunding(String receipt) {
        this.refundOf = receipt;
    }

    public String getRefundOf() {
        return refundOf;
    }

    public void paidWith(List<SaleTender> paid) {
        tenders.clear();
        tenders.addAll(paid);
    }

    public List<SaleTender> getTenders() {
        return List.copyOf(tenders);
    }

    public List<TaxSummaryLine> getTaxes() {
        return List.copyOf(taxes);
    }

    public void forCustomer(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }
}
