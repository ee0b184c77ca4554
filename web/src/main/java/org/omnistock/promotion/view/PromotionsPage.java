package org.omnistock.promotion.view;

import static org.omnistock.platform.Text.blankToNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.PromotionType;
import org.omnistock.messages.promotion.Stacking;
import org.omnistock.messages.promotion.Target;
import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.Permissions;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.promotion.boundary.CouponView;
import org.omnistock.promotion.boundary.NewCoupons;
import org.omnistock.promotion.boundary.PromotionView;
import org.omnistock.promotion.boundary.Promotions;

/** Backs promotion/promotions.xhtml: the promotions with their redemptions, a new one, withdrawal, coupon codes. */
@Named
@ViewScoped
public class PromotionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Permissions permissions;

    @Inject
    Promotions promotions;

    private List<PromotionView> all = List.of();
    private String selected;
    private List<CouponView> coupons = List.of();

    /** The code of the promotion the form changes; null while it makes a new one. */
    private String editing;
    private String code;
    private String name;
    private PromotionType type = PromotionType.PERCENT_OFF;
    private Target target = Target.BASKET;
    private String targetValues;
    private BigDecimal percent;
    private BigDecimal amount;
    private Integer buyQuantity;
    private Integer getQuantity;
    private BigDecimal bundlePrice;
    private BigDecimal minimumSubtotal;
    private String channels;
    private LocalDateTime validFrom;
    private LocalDateTime validTo;
    private int priority;
    private Stacking stacking = Stacking.COMBINABLE;
    private boolean couponRequired;
    private Integer maxRedemptions;
    private BigDecimal budgetAmount;
    private Integer perCustomerLimit;

    private String couponCode;
    private Integer couponCount;
    private Integer couponMaxUses;

    public void load() {
        all = promotions.list();
        coupons = selected == null || !permissions.may(Scopes.PROMOTIONS_WRITE) ? List.of()
                : promotions.coupons(selected);
    }

    /** Creates the promotion in the form, or saves the one being changed; stores and channels are told either way. */
    public void create() {
        PromotionRule rule = new PromotionRule(editing == null ? code : editing, name, type, target,
                split(targetValues), percent, amount, buyQuantity, getQuantity, bundlePrice, minimumSubtotal,
                split(channels), UtcTimes.toInstant(validFrom), UtcTimes.toInstant(validTo), priority, stacking,
                couponRequired, maxRedemptions, budgetAmount, perCustomerLimit);
        PromotionView saved = Messages.attempt(() -> editing == null ? promotions.create(rule)
                : promotions.change(editing, rule));
        if (saved != null) {
            Messages.info("Promotion " + rule.code() + (editing == null ? " created" : " changed")
                    + "; stores and channels are told");
            selected = rule.code();
            clearForm();
        }
        load();
    }

    /** Puts a promotion's rule in the form, to change it (its code stays). */
    public void edit(String promotion) {
        all.stream().filter(p -> p.rule().code().equals(promotion)).findFirst().ifPresent(view -> {
            PromotionRule rule = view.rule();
            editing = rule.code();
            code = rule.code();
            name = rule.name();
            type = rule.type();
            target = rule.target();
            targetValues = String.join(", ", rule.targetValues());
            percent = rule.percent();
            amount = rule.amount();
            buyQuantity = rule.buyQuantity();
            getQuantity = rule.getQuantity();
            bundlePrice = rule.bundlePrice();
            minimumSubtotal = rule.minimumSubtotal();
            channels = String.join(", ", rule.channels());
            validFrom = UtcTimes.toPicked(rule.validFrom());
            validTo = UtcTimes.toPicked(rule.validTo());
            priority = rule.priority() == null ? 0 : rule.priority();
            stacking = rule.stacking();
            couponRequired = rule.couponRequired();
            maxRedemptions = rule.maxRedemptions();
            budgetAmount = rule.budgetAmount();
            perCustomerLimit = rule.perCustomerLimit();
        });
    }

    /** Leaves the promotion being changed as it was, and empties the form. */
    public void clearForm() {
        editing = null;
        code = null;
        name = null;
        targetValues = null;
        percent = null;
        amount = null;
        buyQuantity = null;
        getQuantity = null;
        bundlePrice = null;
        minimumSubtotal = null;
        channels = null;
        validFrom = null;
        validTo = null;
        priority = 0;
        couponRequired = false;
        maxRedemptions = null;
        budgetAmount = null;
        perCustomerLimit = null;
    }

    public void withdraw(String promotion) {
        if (Messages.attempt(() -> promotions.withdraw(promotion)) != null) {
            Messages.info("Promotion " + promotion + " withdrawn everywhere");
        }
        load();
    }

    public void select(String promotion) {
        selected = promotion;
        load();
    }

    public void addCoupons() {
        List<CouponView> added = Messages.attempt(() -> promotions.addCoupons(selected,
                new NewCoupons(blankToNull(couponCode), couponCount, couponMaxUses)));
        if (added != null) {
            Messages.info(added.size() + " code(s) added to " + selected);
            couponCode = null;
            couponCount = null;
        }
        load();
    }

    /** Plain words for a rule's figures, for the table. */
    public String describe(PromotionRule rule) {
        return switch (rule.type()) {
            case PERCENT_OFF -> rule.percent().stripTrailingZeros().toPlainString() + "% off";
            case AMOUNT_OFF -> rule.amount().toPlainString() + (rule.target() == Target.BASKET ? " off" : " off each");
            case BUY_X_GET_Y -> "buy " + rule.buyQuantity() + " get " + rule.getQuantity()
                    + (rule.percent() == null ? " free" : " at " + rule.percent().toPlainString() + "% off");
            case BUNDLE_PRICE -> "together " + rule.bundlePrice().toPlainString();
            case FREE_SHIPPING -> "free shipping";
        } + (rule.target() == Target.BASKET ? "" : " · " + String.join(", ", rule.targetValues()))
                + (rule.minimumSubtotal() == null ? "" : " · from " + rule.minimumSubtotal().toPlainString());
    }

    public String channelsOf(PromotionRule rule) {
        return rule.channels().isEmpty() ? "all" : String.join(", ", rule.channels());
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public PromotionType[] getTypes() {
        return PromotionType.values();
    }

    public Target[] getTargets() {
        return Target.values();
    }

    public Stacking[] getStackings() {
        return Stacking.values();
    }

    public List<PromotionView> getAll() {
        return all;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected == null || selected.isBlank() ? null : selected;
    }

    public List<CouponView> getCoupons() {
        return coupons;
    }

    public String getEditing() {
        return editing;
    }

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

    public PromotionType getType() {
        return type;
    }

    public void setType(PromotionType type) {
        this.type = type;
    }

    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    public String getTargetValues() {
        return targetValues;
    }

    public void setTargetValues(String targetValues) {
        this.targetValues = targetValues;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getBuyQuantity() {
        return buyQuantity;
    }

    public void setBuyQuantity(Integer buyQuantity) {
        this.buyQuantity = buyQuantity;
    }

    public Integer getGetQuantity() {
        return getQuantity;
    }

    public void setGetQuantity(Integer getQuantity) {
        this.getQuantity = getQuantity;
    }

    public BigDecimal getBundlePrice() {
        return bundlePrice;
    }

    public void setBundlePrice(BigDecimal bundlePrice) {
        this.bundlePrice = bundlePrice;
    }

    public BigDecimal getMinimumSubtotal() {
        return minimumSubtotal;
    }

    public void setMinimumSubtotal(BigDecimal minimumSubtotal) {
        this.minimumSubtotal = minimumSubtotal;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDateTime validTo) {
        this.validTo = validTo;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public Stacking getStacking() {
        return stacking;
    }

    public void setStacking(Stacking stacking) {
        this.stacking = stacking;
    }

    public boolean isCouponRequired() {
        return couponRequired;
    }

    public void setCouponRequired(boolean couponRequired) {
        this.couponRequired = couponRequired;
    }

    public Integer getMaxRedemptions() {
        return maxRedemptions;
    }

    public void setMaxRedemptions(Integer maxRedemptions) {
        this.maxRedemptions = maxRedemptions;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(BigDecimal budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public Integer getPerCustomerLimit() {
        return perCustomerLimit;
    }

    public void setPerCustomerLimit(Integer perCustomerLimit) {
        this.perCustomerLimit = perCustomerLimit;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }

    public Integer getCouponCount() {
        return couponCount;
    }

    public void setCouponCount(Integer couponCount) {
        this.couponCount = couponCount;
    }

    public Integer getCouponMaxUses() {
        return couponMaxUses;
    }

    public void setCouponMaxUses(Integer couponMaxUses) {
        this.couponMaxUses = couponMaxUses;
    }
}
