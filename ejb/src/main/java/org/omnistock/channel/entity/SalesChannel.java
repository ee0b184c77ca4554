package org.omnistock.channel.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.omnistock.location.entity.Location;

/** A sales channel and the locations it draws on. */
@Entity
@Table(name = "sales_channel")
@NamedQuery(name = SalesChannel.FIND_BY_CODE, query = "SELECT c FROM SalesChannel c WHERE c.code = :code")
@NamedQuery(name = SalesChannel.FIND_ALL, query = "SELECT c FROM SalesChannel c ORDER BY c.code")
@NamedQuery(name = SalesChannel.FIND_DRAWING_ON, query = "SELECT c FROM SalesChannel c JOIN c.locations l "
        + "WHERE l.id = :location ORDER BY c.id")
public class SalesChannel {

    public static final String FIND_BY_CODE = "SalesChannel.findByCode";
    public static final String FIND_ALL = "SalesChannel.findAll";
    public static final String FIND_DRAWING_ON = "SalesChannel.findDrawingOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type", nullable = false, length = 16)
    private ChannelType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where it sells from, for tax (the seller's country): null for a channel whose orders are not taxed. */
    @Column(name = "tax_country", length = 2)
    private String taxCountry;

    /** The seller's region (GST's state), or null. */
    @Column(name = "tax_region", length = 6)
    private String taxRegion;

    @ManyToMany
    @JoinTable(name = "channel_location", joinColumns = @JoinColumn(name = "channel_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private List<Location> locations = new ArrayList<>();

    @OneToMany(mappedBy = "channel", cascade = CascadeType.PERSIST)
    private List<ChannelRule> rules = new ArrayList<>();

    protected SalesChannel() {
    }

    public SalesChannel(String code, String name, ChannelType type, List<Location> locations, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.locations = new ArrayList<>(locations);
        this.createdAt = createdAt;
    }

    /** Adds a rule, or changes the amount of the rule with the same scope, value and kind. */
    public ChannelRule setRule(RuleScope scope, String value, RuleKind kind, java.math.BigDecimal amount) {
        String scopeValue = scope == RuleScope.ALL ? "" : value;
        for (ChannelRule rule : rules) {
            if (rule.getScope() == scope && rule.getScopeValue().equals(scopeValue) && rule.getKind() == kind) {
                rule.setAmount(amount);
                return rule;
            }
        }
        ChannelRule rule = new ChannelRule(this, scope, scopeValue, kind, amount);
        rules.add(rule);
        return rule;
    }

    /** Takes off the rule with this scope, value and kind; the rule taken off, if there was one. */
    public java.util.Optional<ChannelRule> removeRule(RuleScope scope, String value, RuleKind kind) {
        String scopeValue = scope == RuleScope.ALL ? "" : value;
        java.util.Optional<ChannelRule> found = rules.stream().filter(rule -> rule.getScope() == scope
                && rule.getScopeValue().equals(scopeValue) && rule.getKind() == kind).findFirst();
        found.ifPresent(rules::remove);
        return found;
    }

    /** Where it sells from, for tax; no country: its orders are not taxed. */
    public void setTaxHome(String country, String region) {
        this.taxCountry = country;
        this.taxRegion = region;
    }

    public String getTaxCountry() {
        return taxCountry;
    }

    public String getTaxRegion() {
        return taxRegion;
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

    public ChannelType getType() {
        return type;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Location> getLocations() {
        return List.copyOf(locations);
    }

    public List<ChannelRule> getRules() {
        return List.copyOf(rules);
    }
}
