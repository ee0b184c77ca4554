package org.omnistock.customer.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.customer.entity.Customer;
import org.omnistock.customer.entity.CustomerAddress;
import org.omnistock.customer.entity.CustomerKey;

/**
 * A customer profile.
 *
 * @param asked  the number that was asked for, when it was merged into this profile; else null
 * @param points       the loyalty account: balance, and what was earned and redeemed over its life
 * @param tier         the loyalty tier reached, or null
 * @param pricingGroup the customer group prices are chosen for: the profile's own, or else its tier's
 */
public record CustomerView(String number, String status, String asked, String name, boolean emailConsent,
                           boolean smsConsent, String customerGroup, String homeStore, List<Key> keys,
                           List<Address> addresses, Points points, Tier tier, String pricingGroup,
                           Instant createdAt, Instant updatedAt) implements Serializable {

    public record Key(String kind, String value) implements Serializable {
    }

    public record Address(String label, String line1, String line2, String postalCode, String city, String country,
                          BigDecimal latitude, BigDecimal longitude) implements Serializable {
    }

    public record Points(long balance, long earned, long redeemed) implements Serializable {
    }

    public record Tier(String code, String name, Instant since) implements Serializable {
    }

    public static CustomerView of(Customer customer, String asked) {
        return new CustomerView(customer.getNumber(), customer.getStatus().name(),
                asked == null || asked.equals(customer.getNumber()) ? null : asked, customer.getName(),
                customer.isEmailConsent(), customer.isSmsConsent(), customer.getCustomerGroup(),
                customer.getHomeStore() == null ? null : customer.getHomeStore().getCode(),
                customer.getKeys().stream().map(CustomerView::key).toList(),
                customer.getAddresses().stream().map(CustomerView::address).toList(),
                new Points(customer.getPointsBalance(), customer.getPointsEarned(), customer.getPointsSpent()),
                customer.getTier() == null ? null : new Tier(customer.getTier().getCode(),
                        customer.getTier().getName(), customer.getTierSince()), customer.pricingGroup(),
                customer.getCreatedAt(), customer.getUpdatedAt());
    }

    private static Key key(CustomerKey key) {
        return new Key(key.getKind().name(), key.getValue());
    }

    private static Address address(CustomerAddress address) {
        return new Address(address.getLabel(), address.getLine1(), address.getLine2(), address.getPostalCode(),
                address.getCity(), address.getCountry(), address.getLatitude(), address.getLongitude());
    }
}
