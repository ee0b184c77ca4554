package org.omnistock.marketplace.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Reads Amazon's order JSON ({@code getOrders}' order and {@code getOrderItems}' items) into a {@link RemoteOrder}.
 * Amazon gives no coordinates: the caller's default point stands in. Plain Java.
 */
public final class AmazonOrders {

    /** Orders Amazon says to leave alone until paid. */
    public static final Set<String> NOT_YET = Set.of("Pending", "PendingAvailability");

    private AmazonOrders() {
    }

    public static boolean ready(JsonObject order) {
        return !NOT_YET.contains(order.getString("OrderStatus", ""));
    }

    public static Instant updatedAt(JsonObject order) {
        return Instant.parse(order.getString("LastUpdateDate"));
    }

    public static RemoteOrder read(JsonObject order, List<JsonObject> items, BigDecimal latitude,
                                   BigDecimal longitude) {
        List<RemoteOrder.Line> lines = new ArrayList<>();
        BigDecimal shipping = BigDecimal.ZERO;
        for (JsonObject item : items) {
            int quantity = item.getInt("QuantityOrdered");
            if (quantity == 0) {
                continue;
            }
            BigDecimal price = amount(item, "ItemPrice");
            lines.add(new RemoteOrder.Line(item.getString("SellerSKU"), quantity,
                    price.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP)));
            shipping = shipping.add(amount(item, "ShippingPrice"));
        }
        JsonObject total = order.containsKey("OrderTotal") ? order.getJsonObject("OrderTotal") : null;
        JsonObject to = order.containsKey("ShippingAddress") ? order.getJsonObject("ShippingAddress") : null;
        return new RemoteOrder(order.getString("AmazonOrderId"), updatedAt(order),
                "Canceled".equals(order.getString("OrderStatus", "")),
                total == null ? "EUR" : total.getString("CurrencyCode"), lines, shipping,
                total == null ? BigDecimal.ZERO : new BigDecimal(total.getString("Amount")), null,
                to == null ? null : new RemoteOrder.Address(to.getString("Name", ""), to.getString("AddressLine1", ""),
                        to.getString("AddressLine2", ""), to.getString("PostalCode", ""), to.getString("City", ""),
                        to.getString("CountryCode", ""), latitude, longitude));
    }

    private static BigDecimal amount(JsonObject item, String field) {
        return item.containsKey(field) && !item.isNull(field)
                ? new BigDecimal(item.getJsonObject(field).getString("Amount")) : BigDecimal.ZERO;
    }
}
