package org.omnistock.webhook.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.omnistock.access.entity.EventAccess;
import org.omnistock.messages.Destinations;

/**
 * The events a subscription may ask for, one per event address of the broker: its name, the address, what a client
 * needs to read it, and the fields of the event that hold its aggregate's sequence and the time it happened (which
 * aggregate an event belongs to, order being kept per aggregate, its producer said: the outbox row keeps it). Plain
 * Java: the fan-out and unit tests use it alike.
 */
public enum WebhookTopic {

    STOCK_CHANGED("stock.changed", Destinations.STOCK_CHANGED, "sequence", "occurredAt"),
    CHANNEL_STOCK_CHANGED("channel-stock.changed", Destinations.CHANNEL_STOCK_CHANGED, "sequence", "occurredAt"),
    PRICES_CHANGED("prices.changed", Destinations.PRICE_CHANGED, "sequence", "occurredAt"),
    PROMOTION_CHANGED("promotion.changed", Destinations.PROMOTION_CHANGED, "sequence", "occurredAt"),
    /** SKUs have no per-event sequence on the broker: the catalog is one aggregate. */
    SKU_CHANGED("sku.changed", Destinations.SKU_CHANGED, null, "occurredAt"),
    ORDER_CHANGED("order.changed", Destinations.ORDER_CHANGED, "sequence", "changedAt"),
    CUSTOMER_CHANGED("customer.changed", Destinations.CUSTOMER_CHANGED, "sequence", "changedAt"),
    CUSTOMER_WISH("customer.wish", Destinations.WISH_NOTICE, null, "at"),
    JOURNAL_POSTED("journal.posted", Destinations.JOURNAL_POSTED, null, "postedAt"),
    FULFILMENT_TASK("fulfilment.task", null, null, "sentAt"),
    WEBHOOK_DISABLED("webhook.disabled", Destinations.WEBHOOK_DISABLED, null, "disabledAt");

    private static final String TASKS_PREFIX = "omnistock.location.";
    private static final String TASKS_SUFFIX = ".tasks";

    private final String topicName;
    private final String destination;
    private final String sequenceField;
    private final String timeField;

    WebhookTopic(String topicName, String destination, String sequenceField, String timeField) {
        this.topicName = topicName;
        this.destination = destination;
        this.sequenceField = sequenceField;
        this.timeField = timeField;
    }

    public String topicName() {
        return topicName;
    }

    public static Optional<WebhookTopic> named(String name) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(name)).findFirst();
    }

    /** The topic of an event sent to this address; empty for the platform's own queues (sales, updates). */
    public static Optional<WebhookTopic> of(String destination) {
        if (destination.startsWith(TASKS_PREFIX) && destination.endsWith(TASKS_SUFFIX)) {
            return Optional.of(FULFILMENT_TASK);
        }
        return Arrays.stream(values()).filter(t -> destination.equals(t.destination)).findFirst();
    }

    /**
     * Whether a client with these scopes may have this topic delivered: what its broker user may read
     * ({@link EventAccess}); a location's fulfilment work with {@code orders:write}; an endpoint's own
     * disabling always.
     */
    public boolean readableWith(Collection<String> scopes) {
        return switch (this) {
            case FULFILMENT_TASK -> EventAccess.mayReadFulfilmentTasks(scopes);
            case WEBHOOK_DISABLED -> true;
            default -> EventAccess.readable(scopes).contains(destination);
        };
    }

    /** The topics a client with these scopes may ask for, in this order. */
    public static List<String> readableNames(Collection<String> scopes) {
        return Arrays.stream(values()).filter(t -> t.readableWith(scopes)).map(WebhookTopic::topicName).toList();
    }

    /** The aggregate's sequence number carried by the event; null for topics without one. */
    public Long sequenceOf(JsonObject event) {
        return sequenceField == null || !event.containsKey(sequenceField) || event.isNull(sequenceField) ? null
                : event.getJsonNumber(sequenceField).longValue();
    }

    public String occurredAtOf(JsonObject event) {
        return event.containsKey(timeField) && !event.isNull(timeField) ? event.getString(timeField) : null;
    }
}
