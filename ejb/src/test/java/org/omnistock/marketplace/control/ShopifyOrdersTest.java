package org.omnistock.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class ShopifyOrdersTest {

    /** Trimmed from the REST Admin API's order resource, as its documentation shows it. */
    private static final String ORDER = """
            {"id":450789469,"name":"#1001","currency":"EUR","total_price":"409.94",
             "created_at":"2026-12-06T10:15:47-05:00","updated_at":"2026-12-06T10:16:03-05:00",
             "cancelled_at":null,"customer":{"id":207119551},
             "line_items":[{"id":466157049,"sku":"IPOD2008GREEN","quantity":1,"price":"199.00"},
                           {"id":518995019,"sku":"IPOD2008RED","quantity":1,"price":"199.00"}],
             "shipping_lines":[{"title":"Standard","price":"11.94"}],
             "shipping_address":{"first_name":"Bob","last_name":"Norman","address1":"Chestnut Street 92",
                                 "address2":"","zip":"40202","city":"Louisville","country_code":"US",
                                 "latitude":45.41634,"longitude":-75.6868}}""";

    @Test
    void anOrderReadsAsTheIntakeNeedsIt() {
        RemoteOrder order = ShopifyOrders.read(Json.createReader(new StringReader(ORDER)).readObject());
        assertEquals("450789469", order.id());
        assertEquals(Instant.parse("2026-12-06T15:16:03Z"), order.updatedAt());
        assertFalse(order.cancelled());
        assertEquals(2, order.lines().size());
        assertEquals(new BigDecimal("199.00"), order.lines().get(0).unitPrice());
        assertEquals(new BigDecimal("11.94"), order.shipping());
        assertEquals(new BigDecimal("409.94"), order.total());
        assertEquals("shopify-207119551", order.customerId());
        assertEquals("Bob Norman", order.shipTo().recipient());
        assertEquals(new BigDecimal("45.41634"), order.shipTo().latitude());
    }

    @Test
    void aCancelledOrderSaysSo() {
        RemoteOrder order = ShopifyOrders.read(Json.createReader(new StringReader(ORDER.replace(
                "\"cancelled_at\":null", "\"cancelled_at\":\"2026-12-06T11:00:00-05:00\""))).readObject());
        assertTrue(order.cancelled());
    }
}
