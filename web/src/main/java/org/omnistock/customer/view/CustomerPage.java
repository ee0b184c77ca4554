package org.omnistock.customer.view;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.boundary.CustomerView;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.KeyInput;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.boundary.LoyaltyView;
import org.omnistock.customer.boundary.MergeRequest;
import org.omnistock.customer.boundary.PointsAdjustment;
import org.omnistock.customer.entity.KeyKind;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.wishlist.boundary.WishListView;
import org.omnistock.wishlist.boundary.WishLists;

/**
 * Backs customer/customer.xhtml: one customer's profile, keys, loyalty account and tier, wish list and timeline
 * across channels, and
 * what staff may do (add a key, adjust points with a reason, merge a duplicate profile into this one).
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TIMELINE_SHOWN = 100;

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    WishLists wishLists;

    private String number;
    private CustomerView customer;
    private LoyaltyView account;
    private List<Activity> timeline = List.of();
    private WishListView wishList;
    private KeyKind keyKind = KeyKind.CARD;
    private String keyValue;
    private Long points;
    private String reason;
    private String duplicate;

    public void load() {
        if (number == null) {
            return;
        }
        try {
            Optional<CustomerView> found = customers.find(number.strip());
            if (found.isEmpty()) {
                Messages.warn("No customer " + number);
                customer = null;
                return;
            }
            customer = found.get();
            if ("ERASED".equals(customer.status())) {
                return;
            }
            account = loyalty.history(customer.number(), 0, 20);
            timeline = customers.timeline(customer.number(), 0, TIMELINE_SHOWN).items();
            wishList = wishLists.list(customer.number());
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
        }
    }

    public void addKey() {
        act(() -> customers.addKey(customer.number(), new KeyInput(keyKind, keyValue)), "Key added");
    }

    public void adjust() {
        act(() -> {
            loyalty.adjust(customer.number(), new PointsAdjustment(points == null ? 0 : points, reason,
                    UUID.randomUUID().toString()));
            return customer;
        }, "Points adjusted");
    }

    public void merge() {
        act(() -> customers.merge(customer.number(), new MergeRequest(duplicate)), "Merged " + duplicate
                + " into this customer");
    }

    public void erase() {
        if (Messages.attempt(() -> customers.erase(customer.number())) != null) {
            Messages.info("Personal data of " + customer.number() + " erased");
        }
        load();
    }

    private void act(Supplier<?> change, String done) {
        if (Messages.attempt(change) != null) {
            Messages.info(done);
            keyValue = null;
            points = null;
            reason = null;
            duplicate = null;
        }
        load();
    }

    /**
     * A Chart.js bar chart (PrimeFaces' {@code p:chart}, rendered in the browser from the bundled library) of the
     * points earned and redeemed per month over the last year.
     */
    public String getPointsChart() {
        if (customer == null || "ERASED".equals(customer.status())) {
            return null;
        }
        List<Loyalty.Month> months = loyalty.monthly(customer.number(), 12);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder earned = Json.createArrayBuilder();
        JsonArrayBuilder redeemed = Json.createArrayBuilder();
        for (Loyalty.Month month : months) {
            labels.add(month.month().toString());
            earned.add(month.earned());
            redeemed.add(month.redeemed());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Earned").add("data", earned)
                                        .add("backgroundColor", "#2e7d32"))
                                .add(Json.createObjectBuilder().add("label", "Redeemed").add("data", redeemed)
                                        .add("backgroundColor", "#c62828"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    public KeyKind[] getKeyKinds() {
        return KeyKind.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public LoyaltyView getAccount() {
        return account;
    }

    public WishListView getWishList() {
        return wishList;
    }

    public List<Activity> getTimeline() {
        return timeline;
    }

    public KeyKind getKeyKind() {
        return keyKind;
    }

    public void setKeyKind(KeyKind keyKind) {
        this.keyKind = keyKind;
    }

    public String getKeyValue() {
        return keyValue;
    }

    public void setKeyValue(String keyValue) {
        this.keyValue = keyValue;
    }

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDuplicate() {
        return duplicate;
    }

    public void setDuplicate(String duplicate) {
        this.duplicate = duplicate;
    }
}
