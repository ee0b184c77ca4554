package org.omnistock.fulfilment.entity;

import java.time.Instant;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.location.entity.Location;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;

/** The part of a delivery group one location serves; see the package documentation for its states. */
@Entity
@Table(name = "fulfilment_order")
@NamedQuery(name = FulfilmentOrder.FIND_BY_CODE, query = "SELECT f FROM FulfilmentOrder f WHERE f.code = :code")
@NamedQuery(name = FulfilmentOrder.FIND_BY_ORDER, query = "SELECT f FROM FulfilmentOrder f WHERE f.order = :order "
        + "ORDER BY f.id")
@NamedQuery(name = FulfilmentOrder.COUNT_BY_ORDER, query = "SELECT COUNT(f) FROM FulfilmentOrder f "
        + "WHERE f.order = :order")
@NamedQuery(name = FulfilmentOrder.FIND_DUE_FOR_ACCEPTANCE, query = "SELECT f.id FROM FulfilmentOrder f "
        + "WHERE f.status = org.omnistock.fulfilment.entity.FulfilmentStatus.SENT AND f.acceptBy <= :now "
        + "ORDER BY f.acceptBy")
@NamedQuery(name = FulfilmentOrder.FIND_DUE_FOR_COLLECTION, query = "SELECT f.id FROM FulfilmentOrder f "
        + "WHERE f.status = org.omnistock.fulfilment.entity.FulfilmentStatus.READY_FOR_PICKUP "
        + "AND f.collectBy <= :now ORDER BY f.collectBy")
@NamedQuery(name = FulfilmentOrder.COUNT_BY_LOCATION_AND_STATUS, query = "SELECT f.location.id, f.status, COUNT(f) "
        + "FROM FulfilmentOrder f WHERE f.createdAt >= :since GROUP BY f.location.id, f.status")
@NamedQuery(name = FulfilmentOrder.FIND_AT_LOCATION, query = "SELECT f FROM FulfilmentOrder f "
        + "WHERE f.location.code = :location AND f.status IN :statuses ORDER BY f.createdAt, f.id")
@NamedQuery(name = FulfilmentOrder.COUNT_AT_LOCATION, query = "SELECT COUNT(f) FROM FulfilmentOrder f "
        + "WHERE f.location.code = :location AND f.status IN :statuses")
public class FulfilmentOrder {

    public static final String COUNT_AT_LOCATION = "FulfilmentOrder.countAtLocation";

    public static final String COUNT_BY_LOCATION_AND_STATUS = "FulfilmentOrder.countByLocationAndStatus";
    public static final String FIND_AT_LOCATION = "FulfilmentOrder.findAtLocation";

    public static final String FIND_BY_CODE = "FulfilmentOrder.findByCode";
    public static final String FIND_BY_ORDER = "FulfilmentOrder.findByOrder";
    public static final String COUNT_BY_ORDER = "FulfilmentOrder.countByOrder";
    public static final String FIND_DUE_FOR_ACCEPTANCE = "FulfilmentOrder.findDueForAcceptance";
    public static final String FIND_DUE_FOR_COLLECTION = "FulfilmentOrder.findDueForCollection";

    @Id
    @SequenceGenerator(name = "fulfilment_order_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fulfilment_order_id")
    private Long id;

    @Column(name = "fulfilment_code", nullable = false, unique = true, length = 32)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_group_id")
    private DeliveryGroup deliveryGroup;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilment_mode", nullable = false, length = 16)
    private FulfilmentMode mode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pickup_location_id")
    private Location pickupLocation;

    /** For a pickup waiting for a parcel from another location: the fulfilment that ships it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private FulfilmentOrder source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private RoutingDecisionRecord decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FulfilmentStatus status;

    @Column(name = "accept_by")
    private Instant acceptBy;

    @Column(name = "collect_by")
    private Instant collectBy;

    @Column(name = "pickup_code", length = 6)
    private String pickupCode;

    @Column(length = 64)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "fulfilment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FulfilmentLine> lines = new ArrayList<>();

    protected FulfilmentOrder() {
    }

    public FulfilmentOrder(String code, CustomerOrder order, DeliveryGroup deliveryGroup, Location location,
                           FulfilmentMode mode, Location pickupLocation, RoutingDecisionRecord decision,
                           FulfilmentStatus status, Instant acceptBy, Instant now) {
        this.code = code;
        this.order = order;
        this.deliveryGroup = deliveryGroup;
        this.location = location;
        this.mode = mode;
        this.pickupLocation = pickupLocation;
        this.decision = decision;
        this.status = status;
        this.acceptBy = acceptBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public FulfilmentLine addLine(org.omnistock.order.entity.OrderLine orderLine, int quantity) {
        FulfilmentLine line = new FulfilmentLine(this, orderLine, quantity);
        lines.add(line);
        return line;
    }

    /** Moves to the status {@link FulfilmentFlow} allowed. */
    public void move(FulfilmentStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Ends it early: rejected, expired, cancelled or not collected, with why. */
    public void end(FulfilmentStatus outcome, String why, Instant now) {
        status = outcome;
        reason = why;
        updatedAt = now;
    }

    /** Every unit of it went elsewhere or was cancelled. */
    public boolean empty() {
        return lines.stream().allMatch(line -> line.getQuantity() == 0);
    }

    public void readyForPickup(String code, Instant until, Instant now) {
        this.pickupCode = code;
        this.collectBy = until;
        this.status = FulfilmentStatus.READY_FOR_PICKUP;
        this.updatedAt = now;
    }

    public void shipped(String carrierName, String tracking) {
        this.carrier = carrierName;
        this.trackingNumber = tracking;
    }

    public void waitsFor(FulfilmentOrder shipment) {
        this.source = shipment;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public DeliveryGroup getDeliveryGroup() {
        return deliveryGroup;
    }

    public Location getLocation() {
        return location;
    }

    public FulfilmentMode getMode() {
        return mode;
    }

    public Location getPickupLocation() {
        return pickupLocation;
    }

    public FulfilmentOrder getSource() {
        return source;
    }

    public RoutingDecisionRecord getDecision() {
        return decision;
    }

    public FulfilmentStatus getStatus() {
        return status;
    }

    public Instant getAcceptBy() {
        return acceptBy;
    }

    public Instant getCollectBy() {
        return collectBy;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<FulfilmentLine> getLines() {
        return lines;
    }
}
