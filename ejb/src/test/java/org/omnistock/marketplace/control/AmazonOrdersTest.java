package org.omnistock.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class AmazonOrdersTest {

    /** Trimmed from the Orders API v0 reference's getOrders and getOrderItems examples. */
    private static final JsonObject ORDER = json("""
            {"AmazonOrderId":"902-3159896-1390916","PurchaseDate":"2026-12-06T09:00:00Z",
             "LastUpdateDate":"2026-12-06T09:05:00Z","OrderStatus":"Unshipped",
             "OrderTotal":{"CurrencyCode":"EUR","Amount":"54.85"},"MarketplaceId":"A1805IZSGTT6HS",
             "ShippingAddress":{"Name":"Kim Koper","AddressLine1":"Damrak 1","PostalCode":"1012 LG",
                                "City":"Amsterdam","CountryCode":"NL"}}""");
    private static final JsonObject ITEM = json("""
            {"ASIN":"B00551Q3CS","SellerSKU":"JEANS-32","OrderItemId":"05015851154158","QuantityOrdered":2,
             "ItemPrice":{"CurrencyCode":"EUR","Amount":"49.90"},
             "ShippingPrice":{"CurrencyCode":"EUR","Amount":"4.95"}}""");

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void anOrderAndItsItemsReadAsTheIntakeNeedsThemRoutedFromTheDefaultPoint() {
        RemoteOrder order = AmazonOrders.read(ORDER, List.of(ITEM), new BigDecimal("52.1326"),
                new BigDecimal("5.2913"));
        assertEquals("902-3159896-1390916", order.id());
        assertEquals(Instant.parse("2026-12-06T09:05:00Z"), order.updatedAt());
        assertEquals(new BigDecimal("24.95"), order.lines().get(0).unitPrice(), "ItemPrice is for the quantity");
        assertEquals(2, order.lines().get(0).quantity());
        assertEquals(new BigDecimal("4.95"), order.shipping());
        assertEquals(new BigDecimal("54.85"), order.total());
        assertEquals(new BigDecimal("52.1326"), order.shipTo().latitude());
        assertFalse(order.cancelled());
    }

    @Test
    void aPendingOrderWaitsAndACanceledOneSaysSo() {
        assertTrue(AmazonOrders.ready(ORDER));
        assertFalse(AmazonOrders.ready(json(ORDER.toString().replace("Unshipped", "Pending"))));
        assertTrue(AmazonOrders.read(json(ORDER.toString().replace("Unshipped", "Canceled")), List.of(), null, null)
                .cancelled());
    }
}
