package org.omnistock.order.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.location.entity.Location;

/** Lines that reach the customer together: shipped to one address, or collected at one store. */
@Entity
@Table(name = "order_delivery_group")
public class DeliveryGroup {

    @Id
    @SequenceGenerator(name = "order_delivery_group_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_delivery_group_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "group_code", nullable = false, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 8)
    private DeliveryMode mode;

    @Column(length = 200)
    private String recipient;

    @Column(name = "address_line1", length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String country;

    /** The address's region (ISO 3166-2), when the shop said it: GST's state. */
    @Column(length = 6)
    private String region;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pickup_location_id")
    private Location pickupLocation;

    protected DeliveryGroup() {
    }

    /** Shipped to an address. */
    public static DeliveryGroup shipped(CustomerOrder order, String code, Address address) {
        DeliveryGroup group = new DeliveryGroup(order, code, DeliveryMode.SHIP, address.latitude(),
                address.longitude());
        group.recipient = address.recipient();
        group.addressLine1 = address.line1();
        group.addressLine2 = address.line2();
        group.postalCode = address.postalCode();
        group.city = address.city();
        group.country = address.country();
        group.region = address.region();
        return group;
    }

    /** Collected at a store; measured from the store. */
    public static DeliveryGroup collected(CustomerOrder order, String code, Location store, String recipient) {
        DeliveryGroup group = new DeliveryGroup(order, code, DeliveryMode.PICKUP, store.getLatitude(),
                store.getLongitude());
        group.pickupLocation = store;
        group.recipient = recipient;
        return group;
    }

    /**
     * Forgets the person: recipient, street and postal code go; the city, country and coordinates rounded to a
     * tenth of a degree (about 10 km) stay, for what the retailer counts by region.
     */
    public void anonymise() {
        recipient = null;
        addressLine1 = null;
        addressLine2 = null;
        postalCode = null;
        latitude = latitude.setScale(1, RoundingMode.HALF_UP);
        longitude = longitude.setScale(1, RoundingMode.HALF_UP);
    }

    private DeliveryGroup(CustomerOrder order, String code, DeliveryMode mode, BigDecimal latitude,
                          BigDecimal longitude) {
        this.order = order;
        this.code = code;
        this.mode = mode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** A postal address with the coordinates routing measures distances from. */
    public record Address(String recipient, String line1, String line2, String postalCode, String city,
                          String country, BigDecimal latitude, BigDecimal longitude, String region) {
    }

    public Address address() {
        return new Address(recipient, addressLine1, addressLine2, postalCode, city, country, latitude, longitude,
                region);
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public String getRecipient() {
        return recipient;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Location getPickupLocation() {
        return pickupLocation;
    }
}
