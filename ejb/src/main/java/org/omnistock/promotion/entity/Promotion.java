package org.omnistock.promotion.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.promotion.PromotionRule;

/**
 * A promotion: its rule (as JSON, the form stores receive) and what has been redeemed of it, counted under its row
 * lock so that two tills cannot both take the last redemption.
 */
@Entity
@Table(name = "promotion")
@NamedQuery(name = Promotion.FIND_BY_CODE, query = "SELECT p FROM Promotion p WHERE p.code = :code")
@NamedQuery(name = Promotion.FIND_ALL, query = "SELECT p FROM Promotion p ORDER BY p.withdrawn, p.code")
@NamedQuery(name = Promotion.VALID_AT, query = "SELECT p FROM Promotion p WHERE p.withdrawn = FALSE "
        + "AND (p.validFrom IS NULL OR p.validFrom <= :at) AND (p.validTo IS NULL OR p.validTo > :at)")
public class Promotion {

    public static final String FIND_BY_CODE = "Promotion.findByCode";
    public static final String FIND_ALL = "Promotion.findAll";
    public static final String VALID_AT = "Promotion.validAt";

    /**
     * Rules parsed from their JSON, shared by all transactions: every basket reads every running promotion, and
     * parsing them each time was most of a basket's cost. The text is the key, so a changed rule is parsed anew.
     */
    private static final Map<String, PromotionRule> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "rule_json", nullable = false, length = 32000)
    private String ruleJson;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(nullable = false)
    private long redemptions;

    @Column(name = "discount_given", nullable = false, precision = 15, scale = 4)
    private BigDecimal discountGiven;

    /** Redemptions a till made beyond the promotion's budget, counted when its sale arrived. */
    @Column(name = "overrun_redemptions", nullable = false)
    private long overrunRedemptions;

    /** Discount a till gave beyond the amount budget, likewise. */
    @Column(name = "overrun_amount", nullable = false, precision = 15, scale = 4)
    private BigDecimal overrunAmount = BigDecimal.ZERO;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private PromotionRule rule;

    protected Promotion() {
    }

    public Promotion(PromotionRule rule, Instant now) {
        this.code = rule.code();
        this.discountGiven = BigDecimal.ZERO;
        this.createdAt = now;
        change(rule, now);
    }

    /** Replaces the rule; what was redeemed so far stays counted. */
    public final void change(PromotionRule newRule, Instant now) {
        this.rule = newRule;
        this.ruleJson = JsonCodec.toJson(newRule);
        this.validFrom = newRule.validFrom();
        this.validTo = newRule.validTo();
        this.withdrawn = false;
        this.updatedAt = now;
    }

    public void withdraw(Instant now) {
        this.withdrawn = true;
        this.updatedAt = now;
    }

    public long nextSequence() {
        return ++sequence;
    }

    /** Why one more redemption of this discount would break the promotion's budget; empty if it would not. */
    public Optional<String> budgetRefusal(BigDecimal discount) {
        PromotionRule current = rule();
        if (current.maxRedemptions() != null && redemptions >= current.maxRedemptions()) {
            return Optional.of("all " + current.maxRedemptions() + " redemptions of promotion " + code
                    + " are used");
        }
        if (current.budgetAmount() != null && discountGiven.add(discount).compareTo(current.budgetAmount()) > 0) {
            return Optional.of("promotion " + code + " has " + current.budgetAmount().subtract(discountGiven)
                    .stripTrailingZeros().toPlainString() + " of its budget left, less than " + discount);
        }
        return Optional.empty();
    }

    /** Whether its budget is used up already, whatever the next discount. */
    public boolean exhausted() {
        return budgetRefusal(BigDecimal.ZERO).isPresent()
                || rule().budgetAmount() != null && discountGiven.compareTo(rule().budgetAmount()) >= 0;
    }

    public void redeem(BigDecimal discount) {
        redemptions++;
        discountGiven = discountGiven.add(discount);
    }

    /**
     * A redemption that already happened (a till's sale, priced while it could not ask): counted whatever is left
     * of the budget, and what goes beyond it recorded as the overrun.
     */
    public void redeemHappened(BigDecimal discount) {
        PromotionRule current = rule();
        if (current.maxRedemptions() != null && redemptions >= current.maxRedemptions()) {
            overrunRedemptions++;
        }
        if (current.budgetAmount() != null) {
            BigDecimal left = current.budgetAmount().subtract(discountGiven).max(BigDecimal.ZERO);
            overrunAmount = overrunAmount.add(discount.subtract(left).max(BigDecimal.ZERO));
        }
        redeem(discount);
    }

    /** A refresh under lock may bring a rule changed meanwhile: parse it again when asked. */
    @PostLoad
    void forgetParsedRule() {
        rule = null;
    }

    public PromotionRule rule() {
        if (rule == null) {
            rule = PARSED.computeIfAbsent(ruleJson, json -> JsonCodec.fromJson(json, PromotionRule.class));
            if (PARSED.size() > PARSED_KEPT) {
                PARSED.clear();
            }
        }
        return rule;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public long getRedemptions() {
        return redemptions;
    }

    public BigDecimal getDiscountGiven() {
        return discountGiven;
    }

    public long getOverrunRedemptions() {
        return overrunRedemptions;
    }

    public BigDecimal getOverrunAmount() {
        return overrunAmount;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
