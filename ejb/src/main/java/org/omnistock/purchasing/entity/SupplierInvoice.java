package org.omnistock.purchasing.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A supplier's document against a purchase order, recorded once and never changed: the invoice for its goods, or a
 * bill of costs landed on them (freight, duty; from the supplier or another party, a carrier being a supplier too).
 * Its number is the supplier's own, once per supplier.
 */
@Entity
@Table(name = "supplier_invoice")
@NamedQuery(name = SupplierInvoice.BY_NUMBER, query = "SELECT i FROM SupplierInvoice i "
        + "WHERE i.supplier = :supplier AND i.number = :number")
@NamedQuery(name = SupplierInvoice.OF_ORDER, query = "SELECT i FROM SupplierInvoice i WHERE i.order = :order "
        + "ORDER BY i.recordedAt, i.id")
public class SupplierInvoice {

    public static final String BY_NUMBER = "SupplierInvoice.byNumber";
    public static final String OF_ORDER = "SupplierInvoice.ofOrder";

    /** What the document bills: the goods, or costs landed on them. */
    public enum Kind { GOODS, LANDED_COST }

    /** How a landed cost is shared over the order's lines: by the value received, or by the units received. */
    public enum SpreadBy { VALUE, QUANTITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "invoice_number", nullable = false, length = 64)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "spread_by", length = 16)
    private SpreadBy spreadBy;

    @Column(length = 200)
    private String description;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<SupplierInvoiceLine> lines = new ArrayList<>();

    protected SupplierInvoice() {
    }

    public SupplierInvoice(Supplier supplier, String number, PurchaseOrder order, Kind kind, LocalDate documentDate,
                           Instant recordedAt, String recordedBy, BigDecimal total, SpreadBy spreadBy,
                           String description) {
        this.supplier = supplier;
        this.number = number;
        this.order = order;
        this.kind = kind;
        this.documentDate = documentDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.total = total;
        this.spreadBy = spreadBy;
        this.description = description;
    }

    public SupplierInvoiceLine add(PurchaseOrderLine orderLine, long quantity, BigDecimal unitPrice,
                                   BigDecimal amount, BigDecimal orderedAmount, BigDecimal onHandPart,
                                   BigDecimal soldPart) {
        SupplierInvoiceLine line = new SupplierInvoiceLine(this, orderLine, quantity, unitPrice, amount,
                orderedAmount, onHandPart, soldPart);
        lines.add(line);
        return line;
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getNumber() {
        return number;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public SpreadBy getSpreadBy() {
        return spreadBy;
    }

    public String getDescription() {
        return description;
    }

    public List<SupplierInvoiceLine> getLines() {
        return lines;
    }
}
