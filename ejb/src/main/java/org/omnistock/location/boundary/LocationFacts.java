package org.omnistock.location.boundary;

import java.time.ZoneId;

import org.omnistock.location.entity.LocationType;

/**
 * What routing needs to know of a location, as the {@link org.omnistock.location.control.LocationDirectory} holds it.
 */
public record LocationFacts(long id, String code, LocationType type, double latitude, double longitude, boolean ships,
                            boolean offersPickup, Integer dailyCapacity, double fulfilmentCost, ZoneId zone) {
}
