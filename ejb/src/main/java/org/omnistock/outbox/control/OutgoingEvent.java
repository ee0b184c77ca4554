package org.omnistock.outbox.control;

import java.util.Map;

/**
 * An event to publish after commit.
 *
 * @param multicast  true for an address with subscribers (a topic), false for a queue
 * @param properties the JMS string properties receivers select on
 * @param body       the JSON body
 */
public record OutgoingEvent(String destination, boolean multicast, String eventType, String eventId,
                            Map<String, String> properties, String body) {

    public OutgoingEvent {
        properties = Map.copyOf(properties);
    }
}
