package org.omnistock.marketplace.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads Shopify's order JSON (REST {@code orders.json}, and the body of the {@code orders/*} webhooks, which is the
 * same object) into a {@link RemoteOrder}. Plain Java.
 */
public final class ShopifyOrders {

    private ShopifyOrders() {
    }

    public static RemoteOrder read(JsonObject order) {
        List<RemoteOrder.Line> lines = new ArrayList<>();
        for (JsonValue value : order.getJsonArray("line_items")) {
            JsonObject line = value.asJsonObject();
            lines.add(new RemoteOrder.Line(text(line, "sku"), line.getInt("quantity"), money(line, "price")));
        }
        BigDecimal shipping = BigDecimal.ZERO;
        if (order.containsKey("shipping_lines") && !order.isNull("shipping_lines")) {
            for (JsonValue value : order.getJsonArray("shipping_lines")) {
                shipping = shipping.add(money(value.asJsonObject(), "price"));
            }
        }
        JsonObject address = order.containsKey("shipping_address") && !order.isNull("shipping_address")
                ? order.getJsonObject("shipping_address") : null;
        JsonObject customer = order.containsKey("customer") && !order.isNull("customer")
                ? order.getJsonObject("customer") : null;
        return new RemoteOrder(String.valueOf(order.getJsonNumber("id").longValue()),
                updatedAt(order),
                order.containsKey("cancelled_at") && !order.isNull("cancelled_at"), order.getString("currency"),
                lines, shipping, money(order, "total_price"),
                customer == null ? null : "shopify-" + customer.getJsonNumber("id").longValue(),
                address == null ? null : new RemoteOrder.Address(
                        (text(address, "first_name") + " " + text(address, "last_name")).strip(),
                        text(address, "address1"), text(address, "address2"), text(address, "zip"),
                        text(address, "city"), text(address, "country_code"), decimal(address, "latitude"),
                        decimal(address, "longitude")));
    }

    /** When the order last changed on Shopify: what the poll's cursor follows. */
    public static Instant updatedAt(JsonObject order) {
        return OffsetDateTime.parse(order.getString("updated_at")).toInstant();
    }

    /** Shopify's timestamps as its {@code updated_at_min} parameter takes them. */
    public static String timestamp(Instant instant) {
        return instant.toString();
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? string.getString() : value == null
                || value.getValueType() == JsonValue.ValueType.NULL ? "" : value.toString();
    }

    /** Shopify sends money as strings ("19.95"). */
    private static BigDecimal money(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? new BigDecimal(string.getString())
                : value instanceof JsonNumber number ? number.bigDecimalValue() : BigDecimal.ZERO;
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonNumber number ? number.bigDecimalValue()
                : value instanceof JsonString string && !string.getString().isBlank()
                ? new BigDecimal(string.getString()) : null;
    }
}
