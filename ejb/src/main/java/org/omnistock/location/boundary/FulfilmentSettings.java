package org.omnistock.location.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.location.entity.Location;

/**
 * What a location does for orders.
 *
 * @param ships          whether it sends parcels (to customers, or to stores for pickup)
 * @param offersPickup   whether customers may collect orders there
 * @param dailyCapacity  fulfilments it takes per day (its own calendar); null for no limit
 * @param fulfilmentCost what one fulfilment from there costs, for routing to compare
 * @param acceptWithin   how long it has to accept a fulfilment before the order goes elsewhere (ISO-8601, PT1H)
 * @param collectWithin  how long a pickup waits for its customer (ISO-8601, P7D)
 * @param timeZone       an IANA zone (Europe/Amsterdam): its days start at its midnight
 */
public record FulfilmentSettings(@NotNull Boolean ships, @NotNull Boolean offersPickup,
                                 @Min(0) @Max(1_000_000) Integer dailyCapacity,
                                 @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal fulfilmentCost,
                                 @NotNull Duration acceptWithin,
                                 @NotNull Duration collectWithin,
                                 @NotBlank @Size(max = 64) String timeZone) implements Serializable {

    static FulfilmentSettings of(Location location) {
        return new FulfilmentSettings(location.ships(), location.offersPickup(), location.getDailyCapacity(),
                location.getFulfilmentCost(), location.acceptWithin(), location.collectWithin(),
                location.zone().getId());
    }

    @AssertTrue(message = "acceptWithin must be between 1 second and 7 days")
    @JsonbTransient
    public boolean isAcceptWithinBounded() {
        return acceptWithin == null || within(acceptWithin, Duration.ofDays(7));
    }

    @AssertTrue(message = "collectWithin must be between 1 second and 90 days")
    @JsonbTransient
    public boolean isCollectWithinBounded() {
        return collectWithin == null || within(collectWithin, Duration.ofDays(90));
    }

    private static boolean within(Duration duration, Duration most) {
        return duration.toSeconds() >= 1 && duration.compareTo(most) <= 0;
    }

    @AssertTrue(message = "timeZone must be an IANA time zone, such as Europe/Amsterdam")
    @JsonbTransient
    public boolean isTimeZoneKnown() {
        if (timeZone == null) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
