package org.omnistock.outbox.control;

import java.util.List;

import org.omnistock.outbox.entity.OutboxMessage;

/**
 * A batch the relay has just sent to the broker, fired inside the database transaction that marks it published:
 * an observer that writes in that transaction sees each event once, in the relay's order (webhooks do). An observer
 * that throws rolls the marking back and the batch is sent again, so it must refuse only what a retry can mend.
 */
public record EventsPublished(List<OutboxMessage> events) {

    public EventsPublished {
        events = List.copyOf(events);
    }
}
