package org.omnistock.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

class WebhookTopicTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void everyEventAddressIsATopicAndTheServersOwnQueuesAreNot() {
        assertEquals(Optional.of(WebhookTopic.STOCK_CHANGED), WebhookTopic.of(Destinations.STOCK_CHANGED));
        assertEquals(Optional.of(WebhookTopic.FULFILMENT_TASK), WebhookTopic.of(Destinations.locationTasks("S001")));
        assertEquals(Optional.empty(), WebhookTopic.of(Destinations.POS_SALES));
        assertEquals(Optional.empty(), WebhookTopic.of(Destinations.FULFILMENT_UPDATES));
        assertEquals(Optional.of(WebhookTopic.CUSTOMER_WISH), WebhookTopic.named("customer.wish"));
    }

    @Test
    void scopesDecideTheTopicsTheBrokerRuleAlike() {
        List<String> read = WebhookTopic.readableNames(List.of("read"));
        assertTrue(read.containsAll(List.of("stock.changed", "channel-stock.changed", "prices.changed",
                "promotion.changed", "sku.changed", "order.changed", "webhook.disabled")));
        assertFalse(read.contains("customer.changed"), "personal data needs customers:read");
        assertFalse(read.contains("fulfilment.task"), "delivery addresses need orders:write");
        assertTrue(WebhookTopic.readableNames(List.of("read", "customers:read")).contains("customer.wish"));
        assertTrue(WebhookTopic.readableNames(List.of("read", "orders:write")).contains("fulfilment.task"));
        assertEquals(List.of("webhook.disabled"), WebhookTopic.readableNames(List.of("stock:write")));
    }

    @Test
    void anEventNamesItsSequenceAndTime() {
        JsonObject stock = json("{\"sku\":\"A\",\"locationId\":\"S1\",\"sequence\":12,"
                + "\"occurredAt\":\"2026-12-06T10:00:00Z\"}");
        assertEquals(12L, WebhookTopic.STOCK_CHANGED.sequenceOf(stock));
        assertEquals("2026-12-06T10:00:00Z", WebhookTopic.STOCK_CHANGED.occurredAtOf(stock));
        JsonObject order = json("{\"orderNumber\":\"O-1\",\"sequence\":2,\"changedAt\":\"2026-12-06T10:00:00Z\"}");
        assertEquals(2L, WebhookTopic.ORDER_CHANGED.sequenceOf(order));
        assertEquals("2026-12-06T10:00:00Z", WebhookTopic.ORDER_CHANGED.occurredAtOf(order));
        assertNull(WebhookTopic.SKU_CHANGED.sequenceOf(json("{\"items\":[]}")));
    }
}
