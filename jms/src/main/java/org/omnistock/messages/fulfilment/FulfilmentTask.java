package org.omnistock.messages.fulfilment;

import java.time.Instant;
import java.util.List;

/**
 * Work for one location, on its own queue ({@link org.omnistock.messages.Destinations#locationTasks}).
 *
 * @param kind             what to do
 * @param fulfilmentId     the fulfilment's code, which every update names
 * @param mode             {@code SHIP}, {@code PICKUP} or {@code SHIP_TO_STORE}
 * @param lines            the units to serve (for {@code CANCEL}: the lines taken off)
 * @param shipTo           where a {@code SHIP} parcel goes; null otherwise
 * @param pickupLocationId where a {@code SHIP_TO_STORE} parcel goes, or the store handing a {@code PICKUP} over
 * @param fromLocationId   for {@code AWAIT_ARRIVAL}: the location sending the parcel
 * @param acceptBy         when the location must have accepted it, or the order goes elsewhere
 * @param reason           for {@code CANCEL}: why
 */
public record FulfilmentTask(int schemaVersion, String eventId, Kind kind, String fulfilmentId, String orderNumber,
                             String channel, String locationId, String mode, List<Line> lines, ShipTo shipTo,
                             String pickupLocationId, String fromLocationId, Instant acceptBy, String reason,
                             Instant sentAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "FulfilmentTask";

    public enum Kind {
        /** Serve these units: accept, pick, pack and ship them, or get them ready for pickup. */
        FULFIL,
        /** Stop: these lines are cancelled (or the whole fulfilment, if it has none left). */
        CANCEL,
        /** A parcel for a pickup is on its way here; report its arrival. */
        AWAIT_ARRIVAL
    }

    public record Line(int lineNo, String sku, int quantity) {
    }

    public record ShipTo(String recipient, String line1, String line2, String postalCode, String city,
                         String country) {
    }
}
