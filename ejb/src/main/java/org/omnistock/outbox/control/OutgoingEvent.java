package org.omnistock.outbox.control;

import java.util.Map;

/**
 * An event to publish after commit.
 *
 * @param multicast  true for an address with subscribers (a topic), false for a queue
 * @param properties the JMS string properties receivers select on
 * @param body       the JSON body
 * @param aggregate  what the event is about, as {@code kind:key} ({@code stock:SKU@LOCATION}, {@code order:NUMBER},
 *                   ...): events of one aggregate are published in the order they commit, by one server at a time
 *                   (its partition), and reach webhook endpoints in that order
 */
public record OutgoingEvent(String destination, boolean multicast, String eventType, String eventId,
                            Map<String, String> properties, String body, String aggregate) {

    public OutgoingEvent {
        properties = Map.copyOf(properties);
        if (aggregate == null || aggregate.isBlank() || aggregate.length() > 200) {
            throw new IllegalArgumentException("An event needs its aggregate (at most 200 characters): " + aggregate);
        }
    }
}
