package org.omnistock.location.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "location")
@NamedQuery(name = Location.FIND_BY_CODE, query = "SELECT l FROM Location l WHERE l.code = :code")
@NamedQuery(name = Location.FIND_ALL, query = "SELECT l FROM Location l ORDER BY l.code")
@NamedQuery(name = Location.COUNT_ALL, query = "SELECT COUNT(l) FROM Location l")
@NamedQuery(name = Location.FACTS, query = "SELECT l.id, l.code, l.type, l.latitude, l.longitude, l.ships, "
        + "l.offersPickup, l.dailyCapacity, l.fulfilmentCost, l.timeZone FROM Location l ORDER BY l.code")
public class Location {

    public static final String FIND_BY_CODE = "Location.findByCode";
    public static final String FIND_ALL = "Location.findAll";
    public static final String COUNT_ALL = "Location.countAll";
    /** What routing needs of every location, as values: {@code LocationDirectory}. */
    public static final String FACTS = "Location.facts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false, length = 16)
    private LocationType type;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    /** The group of stores that share prices; null where no zone prices apply. */
    @Column(name = "price_zone", length = 32)
    private String priceZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether it sends parcels: to customers, or to a store for pickup. */
    @Column(nullable = false)
    private boolean ships = true;

    /** Whether customers may collect orders here. */
    @Column(name = "offers_pickup", nullable = false)
    private boolean offersPickup;

    /** Fulfilments it takes per day of its own calendar; null for no limit. */
    @Column(name = "daily_capacity")
    private Integer dailyCapacity;

    /** What one fulfilment from here costs (handling and carrier). */
    @Column(name = "fulfilment_cost", nullable = false, precision = 9, scale = 2)
    private BigDecimal fulfilmentCost = new BigDecimal("5.00");

    /** How long it has to accept a fulfilment before the order goes elsewhere, in seconds. */
    @Column(name = "accept_seconds", nullable = false)
    private int acceptSeconds = 3600;

    /** How long a pickup waits here for its customer, in seconds. */
    @Column(name = "collect_seconds", nullable = false)
    private int collectSeconds = 7 * 86_400;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    /** The country it supplies from (ISO 3166-1); null: it taxes nothing (docs/sale-to-cash.md). */
    @Column(length = 2)
    private String country;

    /** Its region (ISO 3166-2, such as IN-KA): GST's state. */
    @Column(length = 6)
    private String region;

    protected Location() {
    }

    public Location(String code, String name, LocationType type, BigDecimal latitude, BigDecimal longitude,
                    Instant createdAt) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.latitude = latitude;
        this.longitude = longitude;
        this.createdAt = createdAt;
        this.offersPickup = type == LocationType.STORE;
    }

    /** What it does for orders; the caller has checked the values. */
    public void fulfilment(boolean ships, boolean offersPickup, Integer dailyCapacity, BigDecimal fulfilmentCost,
                           Duration acceptWithin, Duration collectWithin, String timeZone) {
        this.ships = ships;
        this.offersPickup = offersPickup;
        this.dailyCapacity = dailyCapacity;
        this.fulfilmentCost = fulfilmentCost;
        this.acceptSeconds = Math.toIntExact(acceptWithin.toSeconds());
        this.collectSeconds = Math.toIntExact(collectWithin.toSeconds());
        this.timeZone = timeZone;
    }

    public boolean ships() {
        return ships;
    }

    public boolean offersPickup() {
        return offersPickup;
    }

    public Integer getDailyCapacity() {
        return dailyCapacity;
    }

    public BigDecimal getFulfilmentCost() {
        return fulfilmentCost;
    }

    public Duration acceptWithin() {
        return Duration.ofSeconds(acceptSeconds);
    }

    public Duration collectWithin() {
        return Duration.ofSeconds(collectSeconds);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
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

    public LocationType getType() {
        return type;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getPriceZone() {
        return priceZone;
    }

    public String getCountry() {
        return country;
    }

    public String getRegion() {
        return region;
    }

    public void setTaxPlace(String country, String region) {
        this.country = country;
        this.region = region;
    }

    public void setPriceZone(String priceZone) {
        this.priceZone = priceZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
