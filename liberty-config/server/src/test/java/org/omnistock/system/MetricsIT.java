package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.Session;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/** The platform's own state in /metrics, as an operator's Prometheus reads it. */
class MetricsIT {

    @Test
    void salesReservationsAndTheOutboxAreCountedForTheOperators() throws Exception {
        String sku = uniqueCode("MET");
        String store = uniqueCode("MS");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 5);
        String before = scrape();

        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var sales = session.createProducer(session.createQueue(Destinations.POS_SALES));
            sales.send(session.createTextMessage(sale(store, sku)));
            sales.send(session.createTextMessage(sale(store, "NO-SUCH-SKU")));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (onHand(sku, store) != 4L && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(201, post("/api/v1/reservations", reservation(sku, store, 1)).status());
        assertEquals(422, post("/api/v1/reservations", reservation(sku, store, 99)).status(), "more than there is");
        String after = scrape();
        for (int i = 0; i < 50 && value(after, "omnistock_pos_sales_total", "dead_lettered")
                < value(before, "omnistock_pos_sales_total", "dead_lettered") + 1; i++) {
            Thread.sleep(200);
            after = scrape();
        }

        assertTrue(value(after, "omnistock_pos_sales_total", "recorded")
                >= value(before, "omnistock_pos_sales_total", "recorded") + 1, after);
        assertTrue(value(after, "omnistock_pos_sales_total", "dead_lettered")
                >= value(before, "omnistock_pos_sales_total", "dead_lettered") + 1, "the unknown SKU's sale");
        assertTrue(value(after, "omnistock_reservations_total", "held")
                >= value(before, "omnistock_reservations_total", "held") + 1);
        assertTrue(value(after, "omnistock_reservations_total", "refused")
                >= value(before, "omnistock_reservations_total", "refused") + 1);
        assertTrue(value(after, "omnistock_reservations_open", null) >= 1, "ours is open");
        assertTrue(value(after, "omnistock_group_commit_batch_size_count", null) >= 1);
        assertTrue(value(after, "omnistock_outbox_backlog", null) >= 0);
        assertTrue(value(after, "omnistock_outbox_oldest_age_seconds", null) >= 0);
    }

    private static String reservation(String sku, String store, int quantity) {
        return "{\"reference\":\"" + uniqueCode("m") + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"locationId\":\""
                + store + "\",\"quantity\":" + quantity + "}]}";
    }

    private static String sale(String store, String sku) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"R-" + UUID.randomUUID()
                + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1,\"unitPrice\":10.00}]}";
    }

    /** The value of the metric's line (with the outcome tag, if given); fails if it is not there. */
    static double value(String metrics, String name, String outcome) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && (outcome == null || line.contains("outcome=\"" + outcome + "\""))) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + name + (outcome == null ? "" : " for " + outcome) + " in:\n" + metrics);
    }

    private static String scrape() throws Exception {
        return Api.metricsAsOperator(Api.HTTPS_BASE);
    }
}
