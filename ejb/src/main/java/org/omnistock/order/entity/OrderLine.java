package org.omnistock.order.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.tax.entity.TaxSummaryLine;

/**
 * One SKU of an order, priced by the basket engine: its net total is what the customer pays for its units, after
 * its own discounts and its share of the basket's.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @SequenceGenerator(name = "order_line_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_group_id")
    private DeliveryGroup deliveryGroup;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal discount;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal netTotal;

    @Column(name = "cancelled_quantity", nullable = false)
    private int cancelledQuantity;

    /** What the cancelled units had cost the customer ({@link Money#unitsOfLine}, from the last unit down). */
    @Column(name = "cancelled_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal cancelledValue = BigDecimal.ZERO;

    /** Units that left to the customer (shipped, collected) and were counted as sold. */
    @Column(name = "sold_quantity", nullable = false)
    private int soldQuantity;

    @Column(name = "returned_quantity", nullable = false)
    private int returnedQuantity;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    /** The tax in what the line costs ({@code netTotal}, with tax); zero where its channel does not tax. */
    @Column(name = "tax_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    /** The line's tax per component and rate (base and tax), as the tax engine gave it; empty if untaxed. */
    @ElementCollection
    @CollectionTable(name = "order_line_tax", joinColumns = @JoinColumn(name = "order_line_id"))
    @OrderColumn(name = "entry_no")
    private List<TaxSummaryLine> taxes = new ArrayList<>();

    /**
     * Units' share of the line: what they cost the customer, and the tax in it (the same largest-remainder shares
     * as {@link Money#unitsOfLine}, so every unit's shares add up to the line's).
     */
    public record Share(BigDecimal gross, BigDecimal tax) {

        /** What the units bring in without their tax: revenue. */
        public BigDecimal net() {
            return gross.subtract(tax);
        }

        /** The same share given back, as a credit note prints it. */
        public Share negated() {
            return new Share(gross.negate(), tax.negate());
        }
    }

    protected OrderLine() {
    }

    OrderLine(CustomerOrder order, int lineNo, Sku sku, DeliveryGroup deliveryGroup, int quantity,
              BigDecimal unitPrice, BigDecimal discount, BigDecimal netTotal) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.deliveryGroup = deliveryGroup;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
        this.netTotal = netTotal;
    }

    /** Units not cancelled. */
    public int activeQuantity() {
        return quantity - cancelledQuantity;
    }

    /**
     * Takes units off the order; the caller has checked that no fulfilment holds them any more.
     *
     * @return what they had cost the customer
     */
    public BigDecimal cancel(int units) {
        int left = quantity - cancelledQuantity;
        if (units <= 0 || units > left - returnedQuantity) {
            throw new IllegalArgumentException("line " + lineNo + " has " + (left - returnedQuantity)
                    + " units to cancel, not " + units);
        }
        BigDecimal value = Money.unitsOfLine(netTotal, quantity, left - units, units, digits());
        cancelledQuantity += units;
        cancelledValue = cancelledValue.add(value);
        return value;
    }

    /**
     * Units left to the customer (shipped to them, or collected): what they cost, to be counted as sold.
     */
    public Share sold(int units) {
        if (units <= 0 || soldQuantity + units > activeQuantity()) {
            throw new IllegalArgumentException("line " + lineNo + " has " + (activeQuantity() - soldQuantity)
                    + " units that may leave, not " + units);
        }
        Share share = share(soldQuantity, units);
        soldQuantity += units;
        return share;
    }

    /** What the customer paid for the next units that come back: the one rule for every refund of goods. */
    public BigDecimal refundFor(int units) {
        return share(returnedQuantity, units).gross();
    }

    /**
     * Units came back, refunded at {@link #refundFor}.
     *
     * @return the refund and the tax in it
     */
    public Share returned(int units) {
        if (units <= 0 || units > activeQuantity() - returnedQuantity) {
            throw new IllegalArgumentException("line " + lineNo + " has " + (activeQuantity() - returnedQuantity)
                    + " units that may come back, not " + units);
        }
        Share refund = share(returnedQuantity, units);
        returnedQuantity += units;
        refunded = refunded.add(refund.gross());
        return refund;
    }

    /** The line's tax and its components, as the tax engine gave them when the order was placed. */
    void taxed(BigDecimal tax, List<TaxAmount> components) {
        this.taxTotal = tax;
        taxes.clear();
        components.forEach(c -> taxes.add(new TaxSummaryLine(c.name(), c.percent(), c.base(), c.tax())));
    }

    /**
     * The tax in units' share per component and rate, as their invoice or credit note prints it: the share's tax
     * split over the line's components in proportion to theirs (CGST and SGST apart), each on the share's net.
     */
    public List<TaxAmount> taxOf(Share share) {
        List<BigDecimal> weights = taxes.stream().map(TaxSummaryLine::getTax).map(BigDecimal::abs).toList();
        boolean none = share.tax().signum() == 0 || weights.stream().allMatch(w -> w.signum() == 0);
        BigDecimal size = share.tax().abs();
        List<BigDecimal> parts = none ? weights.stream().map(w -> BigDecimal.ZERO).toList()
                : Money.share(size, weights, digits());
        List<TaxAmount> amounts = new ArrayList<>();
        for (int i = 0; i < taxes.size(); i++) {
            TaxSummaryLine component = taxes.get(i);
            amounts.add(new TaxAmount(component.getName(), component.getPercent(), share.net(),
                    share.tax().signum() < 0 ? parts.get(i).negate() : parts.get(i)));
        }
        return amounts;
    }

    /** Units {@code from} to {@code from + units} of the line: what they cost and the tax in it. */
    private Share share(int from, int units) {
        return new Share(Money.unitsOfLine(netTotal, quantity, from, units, digits()),
                Money.unitsOfLine(taxTotal, quantity, from, units, digits()));
    }

    private int digits() {
        return Money.digits(order.getCurrency());
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public Sku getSku() {
        return sku;
    }

    public DeliveryGroup getDeliveryGroup() {
        return deliveryGroup;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    /** What the cancelled units had cost the customer. */
    public BigDecimal getCancelledValue() {
        return cancelledValue;
    }

    public int getSoldQuantity() {
        return soldQuantity;
    }

    public int getCancelledQuantity() {
        return cancelledQuantity;
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }
}
