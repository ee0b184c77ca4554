package org.omnistock.order.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxedLine;
import org.omnistock.tax.entity.TaxSummaryLine;

/** A customer's order from any channel; see the package documentation. */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.FIND_BY_NUMBER, query = "SELECT o FROM CustomerOrder o WHERE o.number = :number")
@NamedQuery(name = CustomerOrder.FIND_REROUTE_PENDING, query = "SELECT o.id FROM CustomerOrder o "
        + "WHERE o.reroutePending = TRUE AND o.onHold = FALSE ORDER BY o.id")
@NamedQuery(name = CustomerOrder.FIND_BY_EXTERNAL_ID, query = "SELECT o FROM CustomerOrder o "
        + "WHERE o.channel = :channel AND o.externalId = :externalId")
@NamedQuery(name = CustomerOrder.FIND_BY_CUSTOMER_ID, query = "SELECT o FROM CustomerOrder o "
        + "WHERE o.channel = :channel AND o.customerId = :customerId")
@NamedQuery(name = CustomerOrder.FIND_BY_CUSTOMERS, query = "SELECT o FROM CustomerOrder o "
        + "WHERE o.customerNumber IN :customers ORDER BY o.placedAt DESC, o.id DESC")
public class CustomerOrder {

    public static final String FIND_BY_CUSTOMERS = "CustomerOrder.findByCustomers";
    public static final String FIND_BY_CUSTOMER_ID = "CustomerOrder.findByCustomerId";
    public static final String FIND_BY_NUMBER = "CustomerOrder.findByNumber";
    public static final String FIND_BY_EXTERNAL_ID = "CustomerOrder.findByExternalId";
    public static final String FIND_REROUTE_PENDING = "CustomerOrder.findReroutePending";
    /** Order numbers are this letter and the order's id. */
    public static final String NUMBER_PREFIX = "O";

    @Id
    @SequenceGenerator(name = "customer_order_id", sequenceName = "customer_order_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_id")
    private Long id;

    @Column(name = "order_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "external_id", nullable = false, length = 64)
    private String externalId;

    /** The customer profile it was placed for, when the channel's customer id named one. */
    @Column(name = "customer_number", length = 20)
    private String customerNumber;

    @Column(name = "request_digest", nullable = false, length = 64)
    private String requestDigest;

    @Column(name = "customer_id", length = 100)
    private String customerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "selling_location_id")
    private Location sellingLocation;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal shipping;

    @Column(name = "shipping_discount", nullable = false, precision = 19, scale = 4)
    private BigDecimal shippingDiscount;

    /** The tax in the shipping charged (shipping less its discount); zero where the order is not taxed. */
    @Column(name = "shipping_tax", nullable = false, precision = 19, scale = 4)
    private BigDecimal shippingTax = BigDecimal.ZERO;

    /** The shipping charge's tax per component and rate, as the tax engine gave it; empty if untaxed. */
    @ElementCollection
    @CollectionTable(name = "order_shipping_tax", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "entry_no")
    private List<TaxSummaryLine> shippingTaxes = new ArrayList<>();

    /** Whether the shipping charge was invoiced: with the first goods to leave, once. */
    @Column(name = "shipping_invoiced", nullable = false)
    private boolean shippingInvoiced;

    @Column(name = "discount_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal discountTotal;

    /** Loyalty points the customer spent on it, and what they took off (part of the discount total). */
    @Column(name = "points_spent", nullable = false)
    private long pointsSpent;

    @Column(name = "points_discount", nullable = false, precision = 19, scale = 4)
    private BigDecimal pointsDiscount = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal authorised = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal captured = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.ALLOCATED;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    @Column(name = "hold_reason", length = 500)
    private String holdReason;

    /** Units went back to routing (a rejection, an expiry) and have not been routed again yet. */
    @Column(name = "reroute_pending", nullable = false)
    private boolean reroutePending;

    @Column(name = "placed_by", nullable = false, length = 80)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Grows by one with every event published for the order, so that receivers can drop stale ones. */
    @Column(name = "event_sequence", nullable = false)
    private long eventSequence;

    /** True while the order is being placed: its status is derived once, when it is complete. */
    @Transient
    private boolean placing;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DeliveryGroup> deliveryGroups = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    /** Its tax per component and rate when its channel taxes (docs/sale-to-cash.md, "orders' tax"); else empty. */
    @ElementCollection
    @CollectionTable(name = "order_tax", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "entry_no")
    private List<TaxSummaryLine> taxes = new ArrayList<>();

    protected CustomerOrder() {
    }

    /** A new order; its number is given once it has its id ({@link #numbered}). */
    public CustomerOrder(String channel, String externalId, String requestDigest, String customerId,
                         Location sellingLocation, String currency, String placedBy, Instant placedAt) {
        this.channel = channel;
        this.externalId = externalId;
        this.requestDigest = requestDigest;
        this.customerId = customerId;
        this.sellingLocation = sellingLocation;
        this.currency = currency;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
        this.subtotal = BigDecimal.ZERO;
        this.shipping = BigDecimal.ZERO;
        this.shippingDiscount = BigDecimal.ZERO;
        this.discountTotal = BigDecimal.ZERO;
        this.total = BigDecimal.ZERO;
        this.placing = true;
    }

    public boolean isPlacing() {
        return placing;
    }

    public void placedCompletely() {
        placing = false;
    }

    /** Gives the order its number, once persisting gave it an id. */
    public void numbered() {
        this.number = NUMBER_PREFIX + id;
    }

    public DeliveryGroup addDeliveryGroup(DeliveryGroup group) {
        deliveryGroups.add(group);
        return group;
    }

    public OrderLine addLine(Sku sku, DeliveryGroup group, int quantity, BigDecimal unitPrice, BigDecimal discount,
                             BigDecimal netTotal) {
        OrderLine line = new OrderLine(this, lines.size() + 1, sku, group, quantity, unitPrice, discount, netTotal);
        lines.add(line);
        return line;
    }

    /**
     * Its tax by component and rate, each line's part of it (in line order), and the shipping charge's (its
     * delivery groups' shares added up by component and rate), as the tax engine gave them.
     */
    public void taxedAs(List<TaxSummaryLine> summary, List<TaxedLine> lineTaxes, List<TaxAmount> shippingTax) {
        taxes.clear();
        taxes.addAll(summary);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).taxed(lineTaxes.get(i).tax(), lineTaxes.get(i).components());
        }
        shippingTaxes.clear();
        shippingTax.forEach(t -> shippingTaxes.add(new TaxSummaryLine(t.name(), t.percent(), t.base(), t.tax())));
        this.shippingTax = shippingTax.stream().map(TaxAmount::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The shipping charged to the customer (shipping less its discount, with its tax), as an invoice or a credit
     * note prints it and the books take it.
     */
    public record ShippingCharge(BigDecimal gross, BigDecimal tax, List<TaxAmount> taxes) {

        /** What it brings in without its tax: revenue. */
        public BigDecimal net() {
            return gross.subtract(tax);
        }

        /** The same charge given back. */
        public ShippingCharge negated() {
            return new ShippingCharge(gross.negate(), tax.negate(), taxes.stream().map(t -> new TaxAmount(t.name(),
                    t.percent(), t.base().negate(), t.tax().negate())).toList());
        }
    }

    /**
     * The shipping charge for the invoice of the order's first goods to leave, once; empty when there is nothing to
     * charge or it was invoiced before. The caller holds the order's lock.
     */
    public Optional<ShippingCharge> invoiceShipping() {
        Optional<ShippingCharge> charge = shippingCharged();
        if (shippingInvoiced || charge.isEmpty()) {
            return Optional.empty();
        }
        shippingInvoiced = true;
        return charge;
    }

    /** The shipping charge as it was (or will be) invoiced; empty when there is none. */
    public Optional<ShippingCharge> shippingCharged() {
        int digits = Money.digits(currency);
        BigDecimal gross = Money.round(shipping.subtract(shippingDiscount), digits);
        if (gross.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ShippingCharge(gross, Money.round(shippingTax, digits), shippingTaxes.stream()
                .map(t -> new TaxAmount(t.getName(), t.getPercent(), Money.round(t.getBase(), digits),
                        Money.round(t.getTax(), digits))).toList()));
    }

    public List<TaxSummaryLine> getTaxes() {
        return List.copyOf(taxes);
    }

    public void priced(BigDecimal subtotal, BigDecimal shipping, BigDecimal shippingDiscount,
                       BigDecimal discountTotal, BigDecimal total) {
        this.subtotal = subtotal;
        this.shipping = shipping;
        this.shippingDiscount = shippingDiscount;
        this.discountTotal = discountTotal;
        this.total = total;
    }

    /**
     * The points spent on the order that goods settled now (refunded or cancelled, worth {@code goodsNow}, already
     * counted in the lines) paid for: the points were shared over the lines in proportion to what they cost, so the
     * goods settled so far carry that share of them. Counted from everything settled so far, rounded down each time,
     * so that the last return or cancellation gives back what is left and none twice.
     */
    public long pointsBackFor(BigDecimal goodsNow) {
        if (pointsSpent == 0 || goodsNow.signum() <= 0) {
            return 0;
        }
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal settled = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            paid = paid.add(line.getNetTotal());
            settled = settled.add(line.getRefunded()).add(line.getCancelledValue());
        }
        return pointsShare(settled, paid) - pointsShare(settled.subtract(goodsNow), paid);
    }

    /** What {@code points} of the points spent are worth, at the value they were spent at. */
    public BigDecimal pointsWorth(long points) {
        int digits = Money.digits(currency);
        return pointsSpent == 0 ? BigDecimal.ZERO
                : Money.pointsWorth(points, Money.pointValue(pointsDiscount, pointsSpent, digits), digits);
    }

    private long pointsShare(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0 ? pointsSpent : BigDecimal.valueOf(pointsSpent).multiply(part.min(whole))
                .divide(whole, 0, RoundingMode.DOWN).longValueExact();
    }

    /** Loyalty points spent on the goods; their worth is among the lines' discounts. */
    public void paidWithPoints(long points, BigDecimal worth) {
        this.pointsSpent = points;
        this.pointsDiscount = worth;
    }

    public long getPointsSpent() {
        return pointsSpent;
    }

    public BigDecimal getPointsDiscount() {
        return pointsDiscount;
    }

    /** The payment of this kind and tender recorded under the reference, if there is one. */
    public Optional<Payment> payment(PaymentKind kind, String tender, String reference) {
        return payments.stream().filter(p -> p.getKind() == kind && p.getTender().equals(tender)
                && p.getReference().equals(reference)).findFirst();
    }

    /**
     * Records what the payment provider did (tender {@code CARD}), a gift card or store credit the platform
     * redeemed, or (a refund) what the customer is owed for goods returned and where it went. Refunds may not come
     * to more than the order's total. Each is recorded once per kind, tender and reference (see {@link #payment});
     * a return's refunds carry the return's number, once per receipt of its goods.
     *
     * @return the problem, if the payment cannot be recorded
     */
    public Optional<String> pay(PaymentKind kind, String tender, String cardShown, BigDecimal amount,
                                String reference, Instant at, String by) {
        if (kind == PaymentKind.REFUNDED && refunded.add(amount).compareTo(total) > 0) {
            return Optional.of("a refund of " + amount.stripTrailingZeros().toPlainString() + " would bring refunds "
                    + "above the order's total; " + total.subtract(refunded).stripTrailingZeros().toPlainString()
                    + " is left to refund");
        }
        switch (kind) {
            case AUTHORISED -> authorised = authorised.add(amount);
            case CAPTURED -> captured = captured.add(amount);
            case REFUNDED -> refunded = refunded.add(amount);
            default -> throw new IllegalArgumentException(kind.name());
        }
        payments.add(new Payment(this, kind, tender, cardShown, amount, reference, at, by));
        return Optional.empty();
    }

    /** What was recorded of this kind, summed per tender. */
    public Map<String, BigDecimal> paymentsByTender(PaymentKind kind) {
        Map<String, BigDecimal> sums = new HashMap<>();
        payments.stream().filter(p -> p.getKind() == kind)
                .forEach(p -> sums.merge(p.getTender(), p.getAmount(), BigDecimal::add));
        return sums;
    }

    public void hold(String reason) {
        onHold = true;
        holdReason = reason;
    }

    public void releaseHold() {
        onHold = false;
        holdReason = null;
    }

    /** Sets the derived status; true if it changed. */
    public boolean status(OrderStatus derived, Instant now) {
        updatedAt = now;
        if (derived == status) {
            return false;
        }
        status = derived;
        return true;
    }

    public void rerouteLater() {
        reroutePending = true;
    }

    public void rerouted() {
        reroutePending = false;
    }

    public boolean isReroutePending() {
        return reroutePending;
    }

    public long nextEventSequence() {
        return ++eventSequence;
    }

    public Optional<OrderLine> line(int lineNo) {
        return lines.stream().filter(line -> line.getLineNo() == lineNo).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Location getSellingLocation() {
        return sellingLocation;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getShipping() {
        return shipping;
    }

    public BigDecimal getShippingDiscount() {
        return shippingDiscount;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getAuthorised() {
        return authorised;
    }

    public BigDecimal getCaptured() {
        return captured;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public boolean isOnHold() {
        return onHold;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<DeliveryGroup> getDeliveryGroups() {
        return deliveryGroups;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    /** The customer asked to be forgotten: the channel's id for them and their addresses go; amounts stay. */
    public void anonymise() {
        customerId = null;
        deliveryGroups.forEach(DeliveryGroup::anonymise);
    }

    public void forCustomer(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }
}
