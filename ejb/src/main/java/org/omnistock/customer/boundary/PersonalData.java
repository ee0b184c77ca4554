package org.omnistock.customer.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Everything Omnistock keeps about a customer, for their right of access: the profile with its keys and addresses,
 * the profiles merged into it, every loyalty movement, and what they did in every channel (orders with where they
 * went, till sales, returns).
 */
public record PersonalData(Instant exportedAt, CustomerView profile, List<String> mergedProfiles,
                           List<LoyaltyView.Movement> loyalty, List<Activity> activity) {
}
