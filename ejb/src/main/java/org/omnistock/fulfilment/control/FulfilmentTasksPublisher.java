package org.omnistock.fulfilment.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.fulfilment.entity.FulfilmentMode;
import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentTask;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;

/** Sends a location its work, on its own queue, through the outbox of the transaction that decided it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FulfilmentTasksPublisher {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Serve the fulfilment's units. */
    public void fulfil(FulfilmentOrder fulfilment) {
        DeliveryGroup group = fulfilment.getDeliveryGroup();
        FulfilmentTask.ShipTo shipTo = null;
        if (fulfilment.getMode() == FulfilmentMode.SHIP) {
            DeliveryGroup.Address address = group.address();
            shipTo = new FulfilmentTask.ShipTo(address.recipient(), address.line1(), address.line2(),
                    address.postalCode(), address.city(), address.country());
        }
        send(fulfilment, FulfilmentTask.Kind.FULFIL, lines(fulfilment), shipTo, null, null);
    }

    /** Stop serving these lines (the whole fulfilment if it has none left). */
    public void cancel(FulfilmentOrder fulfilment, List<FulfilmentTask.Line> cancelled, String reason) {
        send(fulfilment, FulfilmentTask.Kind.CANCEL, cancelled, null, null, reason);
    }

    /** A parcel for a pickup here is on its way from another location. */
    public void awaitArrival(FulfilmentOrder pickup, String fromLocation) {
        send(pickup, FulfilmentTask.Kind.AWAIT_ARRIVAL, lines(pickup), null, fromLocation, null);
    }

    private static List<FulfilmentTask.Line> lines(FulfilmentOrder fulfilment) {
        return fulfilment.getLines().stream().filter(line -> line.getQuantity() > 0)
                .map(line -> new FulfilmentTask.Line(line.getOrderLine().getLineNo(),
                        line.getOrderLine().getSku().getCode(), line.getQuantity())).toList();
    }

    private void send(FulfilmentOrder fulfilment, FulfilmentTask.Kind kind, List<FulfilmentTask.Line> lines,
                      FulfilmentTask.ShipTo shipTo, String fromLocation, String reason) {
        String eventId = UUID.randomUUID().toString();
        String location = fulfilment.getLocation().getCode();
        String pickup = fulfilment.getPickupLocation() == null ? null : fulfilment.getPickupLocation().getCode();
        FulfilmentTask task = new FulfilmentTask(FulfilmentTask.SCHEMA_VERSION, eventId, kind, fulfilment.getCode(),
                fulfilment.getOrder().getNumber(), fulfilment.getOrder().getChannel(), location,
                fulfilment.getMode().name(), lines, shipTo, pickup, fromLocation, fulfilment.getAcceptBy(), reason,
                clock.instant());
        outbox.enqueue(new OutgoingEvent(Destinations.locationTasks(location), false, FulfilmentTask.EVENT_TYPE,
                eventId, Map.of(Headers.LOCATION_ID, location), JsonCodec.toJson(task),
                "fulfilment:" + task.fulfilmentId()));
    }
}
