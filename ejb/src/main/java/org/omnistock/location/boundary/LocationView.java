package org.omnistock.location.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;

/** A location as clients see it; {@code country} and {@code region} where it supplies from, for tax. */
public record LocationView(String code, String name, LocationType type, BigDecimal latitude, BigDecimal longitude,
                           String priceZone, FulfilmentSettings fulfilment, Instant createdAt, String country,
                           String region) implements Serializable {

    static LocationView of(Location location) {
        return new LocationView(location.getCode(), location.getName(), location.getType(), location.getLatitude(),
                location.getLongitude(), location.getPriceZone(), FulfilmentSettings.of(location),
                location.getCreatedAt(), location.getCountry(), location.getRegion());
    }
}
