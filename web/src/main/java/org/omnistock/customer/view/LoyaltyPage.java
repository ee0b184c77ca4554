package org.omnistock.customer.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.boundary.LoyaltyTerms;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.platform.view.Messages;

/**
 * Backs customer/loyalty.xhtml: the loyalty programme's terms and tiers, which everyone with customers:read sees and
 * an administrator changes; and the nightly upkeep (expiry, tiers), which an administrator may run at once.
 */
@Named
@ViewScoped
public class LoyaltyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Loyalty loyalty;

    private LoyaltyTerms saved;
    private BigDecimal pointsPerUnit;
    private BigDecimal pointValue;
    private Integer pointsValidDays;
    private Integer tierWindowDays;
    private LoyaltyProgram.TierMeasure tierMeasure;
    private List<TierRow> tiers = new ArrayList<>();

    /** One tier as the form edits it. */
    public static class TierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private BigDecimal threshold;
        private String customerGroup;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }

        public String getCustomerGroup() {
            return customerGroup;
        }

        public void setCustomerGroup(String customerGroup) {
            this.customerGroup = customerGroup;
        }
    }

    public void load() {
        saved = loyalty.terms();
        pointsPerUnit = saved.pointsPerUnit();
        pointValue = saved.pointValue();
        pointsValidDays = saved.pointsValidDays();
        tierWindowDays = saved.tierWindowDays();
        tierMeasure = saved.tierMeasure();
        tiers = new ArrayList<>();
        for (LoyaltyTerms.Tier tier : saved.tiers()) {
            TierRow row = new TierRow();
            row.code = tier.code();
            row.name = tier.name();
            row.threshold = tier.threshold();
            row.customerGroup = tier.customerGroup();
            tiers.add(row);
        }
    }

    public void addTier() {
        tiers.add(new TierRow());
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    public void save() {
        List<LoyaltyTerms.Tier> wanted = tiers.stream().map(t -> new LoyaltyTerms.Tier(t.code, t.name, t.threshold,
                t.customerGroup)).toList();
        if (Messages.attempt(() -> loyalty.changeTerms(new LoyaltyTerms(pointsPerUnit, pointValue, pointsValidDays,
                tierWindowDays, tierMeasure, wanted, null, null))) != null) {
            Messages.info("Terms saved; tiers are worked out again at each purchase and tonight (or now, below)");
            load();
        }
    }

    public void expireNow() {
        Integer looked = Messages.attempt(loyalty::expireDue);
        if (looked != null) {
            Messages.info("Expiry run: " + looked + " customer(s) had points due");
        }
    }

    public void refreshTiersNow() {
        Integer changed = Messages.attempt(loyalty::refreshTiers);
        if (changed != null) {
            Messages.info("Tiers worked out again: " + changed + " customer(s) changed tier");
        }
    }

    public LoyaltyProgram.TierMeasure[] getTierMeasures() {
        return LoyaltyProgram.TierMeasure.values();
    }

    public LoyaltyTerms getSaved() {
        return saved;
    }

    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public void setPointsPerUnit(BigDecimal pointsPerUnit) {
        this.pointsPerUnit = pointsPerUnit;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public void setPointValue(BigDecimal pointValue) {
        this.pointValue = pointValue;
    }

    public Integer getPointsValidDays() {
        return pointsValidDays;
    }

    public void setPointsValidDays(Integer pointsValidDays) {
        this.pointsValidDays = pointsValidDays;
    }

    public Integer getTierWindowDays() {
        return tierWindowDays;
    }

    public void setTierWindowDays(Integer tierWindowDays) {
        this.tierWindowDays = tierWindowDays;
    }

    public LoyaltyProgram.TierMeasure getTierMeasure() {
        return tierMeasure;
    }

    public void setTierMeasure(LoyaltyProgram.TierMeasure tierMeasure) {
        this.tierMeasure = tierMeasure;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }
}
