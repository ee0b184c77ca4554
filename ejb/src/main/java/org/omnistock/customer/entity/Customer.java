package org.omnistock.customer.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

/** One person's profile across every channel; see the package documentation. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.FIND_BY_NUMBER, query = "SELECT c FROM Customer c WHERE c.number = :number")
@NamedQuery(name = Customer.LIST_ALL, query = "SELECT c FROM Customer c "
        + "WHERE c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE ORDER BY c.id DESC")
@NamedQuery(name = Customer.COUNT_ALL, query = "SELECT COUNT(c) FROM Customer c "
        + "WHERE c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE")
@NamedQuery(name = Customer.SEARCH, query = "SELECT c FROM Customer c "
        + "WHERE c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE AND (LOWER(c.name) LIKE :text "
        + "OR c.number = :number OR EXISTS (SELECT k FROM CustomerKey k WHERE k.customer = c "
        + "AND k.value LIKE :keyText)) ORDER BY c.id DESC")
@NamedQuery(name = Customer.COUNT_SEARCH, query = "SELECT COUNT(c) FROM Customer c "
        + "WHERE c.status = org.omnistock.customer.entity.CustomerStatus.ACTIVE AND (LOWER(c.name) LIKE :text "
        + "OR c.number = :number OR EXISTS (SELECT k FROM CustomerKey k WHERE k.customer = c "
        + "AND k.value LIKE :keyText))")
@NamedQuery(name = Customer.FIND_NUMBERS, query = "SELECT c.number FROM Customer c WHERE c.id IN :ids")
@NamedQuery(name = Customer.FIND_MERGED_INTO, query = "SELECT c.id FROM Customer c WHERE c.mergedInto = :survivor")
@NamedQuery(name = Customer.REPOINT_MERGED, query = "UPDATE Customer c SET c.mergedInto = :to "
        + "WHERE c.mergedInto = :from")
@NamedQuery(name = Customer.LEAVE_TIER, query = "UPDATE Customer c SET c.tier = NULL, c.tierSince = NULL "
        + "WHERE c.tier = :tier")
@NamedQuery(name = Customer.IDS_IN_A_TIER, query = "SELECT c.id FROM Customer c WHERE c.tier IS NOT NULL")
public class Customer {

    public static final String FIND_BY_NUMBER = "Customer.findByNumber";
    public static final String LIST_ALL = "Customer.listAll";
    public static final String COUNT_ALL = "Customer.countAll";
    public static final String SEARCH = "Customer.search";
    public static final String COUNT_SEARCH = "Customer.countSearch";
    public static final String FIND_NUMBERS = "Customer.findNumbers";
    public static final String FIND_MERGED_INTO = "Customer.findMergedInto";
    public static final String REPOINT_MERGED = "Customer.repointMerged";
    public static final String LEAVE_TIER = "Customer.leaveTier";
    public static final String IDS_IN_A_TIER = "Customer.idsInATier";
    /** Customer numbers are this letter and the customer's id. */
    public static final String NUMBER_PREFIX = "C";

    @Id
    @SequenceGenerator(name = "customer_id", sequenceName = "customer_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_id")
    private Long id;

    @Column(name = "customer_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "full_name", length = 200)
    private String name;

    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;

    @Column(name = "sms_consent", nullable = false)
    private boolean smsConsent;

    @Column(name = "customer_group", length = 32)
    private String customerGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_location_id")
    private Location homeStore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Customer mergedInto;

    @Column(name = "points_balance", nullable = false)
    private long pointsBalance;

    @Column(name = "points_earned", nullable = false)
    private long pointsEarned;

    @Column(name = "points_spent", nullable = false)
    private long pointsSpent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tier_code")
    private LoyaltyTier tier;

    @Column(name = "tier_since")
    private Instant tierSince;

    /** How many profiles were merged into this one (and those merged into them). */
    @Column(name = "merged_profiles", nullable = false)
    private int mergedProfiles;

    @Column(name = "event_sequence", nullable = false)
    private long eventSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CustomerKey> keys = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CustomerAddress> addresses = new ArrayList<>();

    protected Customer() {
    }

    /** A new profile; its number is given once it has its id ({@link #numbered}). */
    public Customer(String name, boolean emailConsent, boolean smsConsent, String customerGroup, Location homeStore,
                    Instant createdAt) {
        this.name = name;
        this.emailConsent = emailConsent;
        this.smsConsent = smsConsent;
        this.customerGroup = customerGroup;
        this.homeStore = homeStore;
        this.status = CustomerStatus.ACTIVE;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void numbered() {
        this.number = NUMBER_PREFIX + id;
    }

    public CustomerKey addKey(KeyKind kind, String value, Instant at) {
        CustomerKey key = new CustomerKey(this, kind, value, at);
        keys.add(key);
        return key;
    }

    public CustomerAddress addAddress(CustomerAddress address) {
        addresses.add(address);
        return address;
    }

    /** The profile's details as a person changed them. */
    public void describe(String name, boolean emailConsent, boolean smsConsent, String customerGroup,
                         Location homeStore) {
        this.name = name;
        this.emailConsent = emailConsent;
        this.smsConsent = smsConsent;
        this.customerGroup = customerGroup;
        this.homeStore = homeStore;
    }

    /** Another profile's key or address now belongs to this one. */
    public void adopt(CustomerKey key) {
        key.movedTo(this);
        keys.add(key);
    }

    public void adopt(CustomerAddress address) {
        address.movedTo(this);
        addresses.add(address);
    }

    /** Folded into the survivor: what it had has moved there, the profiles merged into it too. */
    public void mergedInto(Customer survivor) {
        survivor.mergedProfiles += 1 + mergedProfiles;
        this.mergedProfiles = 0;
        this.status = CustomerStatus.MERGED;
        this.mergedInto = survivor;
        this.keys.clear();
        this.addresses.clear();
    }

    /**
     * Forgets who the customer was: name and consents (keys and addresses are removed by the caller, which owns
     * the persistence context). An active profile becomes {@code ERASED}; one merged into another stays
     * {@code MERGED}.
     */
    public void erase() {
        this.name = null;
        this.emailConsent = false;
        this.smsConsent = false;
        this.keys.clear();
        this.addresses.clear();
        if (status == CustomerStatus.ACTIVE) {
            status = CustomerStatus.ERASED;
        }
    }

    /**
     * Posts a loyalty movement to the balance, and to the lifetime totals: earned (less what returns took back) and
     * redeemed (less what returns gave back).
     *
     * @return the balance after it
     */
    public long post(LoyaltyKind kind, long points) {
        pointsBalance = Math.addExact(pointsBalance, points);
        if (kind == LoyaltyKind.EARN || kind == LoyaltyKind.REVERSE) {
            pointsEarned = Math.max(0, Math.addExact(pointsEarned, points));
        } else if (kind == LoyaltyKind.REDEEM || kind == LoyaltyKind.REFUND) {
            pointsSpent = Math.addExact(pointsSpent, -points);
        }
        return pointsBalance;
    }

    /**
     * The tier what the customer earned or spent in the window reaches.
     *
     * @return whether it changed
     */
    public boolean reach(LoyaltyTier reached, Instant at) {
        String now = reached == null ? null : reached.getCode();
        String before = tier == null ? null : tier.getCode();
        if (Objects.equals(now, before)) {
            return false;
        }
        tier = reached;
        tierSince = reached == null ? null : at;
        return true;
    }

    /**
     * The customer group prices are chosen for: the profile's own (set by a person: staff, a contract) or else its
     * tier's.
     */
    public String pricingGroup() {
        return customerGroup != null || tier == null ? customerGroup : tier.getCustomerGroup();
    }

    public int getMergedProfiles() {
        return mergedProfiles;
    }

    public LoyaltyTier getTier() {
        return tier;
    }

    public Instant getTierSince() {
        return tierSince;
    }

    /** Counts a change for its event: receivers keep the newest by this number. */
    public long changed(Instant at) {
        updatedAt = at;
        return ++eventSequence;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public boolean isEmailConsent() {
        return emailConsent;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public Location getHomeStore() {
        return homeStore;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public Customer getMergedInto() {
        return mergedInto;
    }

    public long getPointsBalance() {
        return pointsBalance;
    }

    public long getPointsEarned() {
        return pointsEarned;
    }

    public long getPointsSpent() {
        return pointsSpent;
    }

    public long getEventSequence() {
        return eventSequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CustomerKey> getKeys() {
        return keys;
    }

    public List<CustomerAddress> getAddresses() {
        return addresses;
    }
}
