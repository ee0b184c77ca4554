package org.omnistock.location.boundary;

import org.omnistock.location.entity.Location;

/**
 * A location was opened or its fulfilment settings (its time zone among them) changed, in the transaction that did
 * it: whatever counts by the location's own days gets ready for them.
 */
public record LocationCalendarChanged(Location location) {
}
