package org.omnistock.customer.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.customer.entity.LoyaltyMovement;
import org.omnistock.platform.Page;

/**
 * A loyalty account.
 *
 * @param worth what the balance is worth when redeemed, in the currency
 */
public record LoyaltyView(String customer, long balance, long earned, long redeemed, BigDecimal worth,
                          Page<Movement> movements) implements Serializable {

    /** @param customer the profile it was posted to (one merged into this one, for its older movements) */
    public record Movement(long id, String customer, String kind, long points, long balanceAfter, String source,
                           String channel, String location, BigDecimal amount, String reason, String actor,
                           Instant occurredAt) implements Serializable {

        public static Movement of(LoyaltyMovement movement) {
            return new Movement(movement.getId(), movement.getCustomer().getNumber(), movement.getKind().name(),
                    movement.getPoints(), movement.getBalanceAfter(), movement.getSourceReference(),
                    movement.getChannel(), movement.getLocation(), movement.getAmount(), movement.getReason(),
                    movement.getActor(), movement.getOccurredAt());
        }
    }
}
