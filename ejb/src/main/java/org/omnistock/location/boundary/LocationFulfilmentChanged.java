package org.omnistock.location.boundary;

import org.omnistock.location.entity.Location;

/**
 * A location was opened or what it does for orders changed (its time zone among them), fired in the transaction that
 * did it: whatever counts by the location's own days gets ready for them then, and once the change commits, this
 * server's {@link org.omnistock.location.control.LocationDirectory} reads the locations again.
 */
public record LocationFulfilmentChanged(Location location) {
}
