package org.omnistock.fulfilment.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.fulfilment.entity.FulfilmentMode;
import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.fulfilment.entity.FulfilmentStatus;

/**
 * A fulfilment as clients see it.
 *
 * @param pickupCode the customer's code; only for the order's channel and people who see every location, never for
 *                   the store that checks it
 * @param replayed   true when the step had been reported before: nothing changed
 */
public record FulfilmentView(String code, String orderNumber, String channel, String location, FulfilmentMode mode,
                             String pickupLocation, FulfilmentStatus status, Instant acceptBy, Instant collectBy,
                             String carrier, String trackingNumber, String reason, List<Line> lines,
                             String pickupCode, Instant createdAt, Instant updatedAt, boolean replayed)
                                     implements Serializable {

    public record Line(int lineNo, String sku, int quantity) implements Serializable {
    }

    static FulfilmentView of(FulfilmentOrder f, boolean showPickupCode, boolean replayed) {
        return new FulfilmentView(f.getCode(), f.getOrder().getNumber(), f.getOrder().getChannel(),
                f.getLocation().getCode(), f.getMode(), f.getPickupLocation() == null ? null
                : f.getPickupLocation().getCode(), f.getStatus(), f.getAcceptBy(), f.getCollectBy(), f.getCarrier(),
                f.getTrackingNumber(), f.getReason(), f.getLines().stream().filter(l -> l.getQuantity() > 0)
                .map(l -> new Line(l.getOrderLine().getLineNo(), l.getOrderLine().getSku().getCode(),
                        l.getQuantity())).toList(), showPickupCode ? f.getPickupCode() : null, f.getCreatedAt(),
                f.getUpdatedAt(), replayed);
    }
}
