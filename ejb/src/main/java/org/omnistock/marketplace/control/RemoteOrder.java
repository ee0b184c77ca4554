package org.omnistock.marketplace.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a marketplace has it, read from its API or a webhook (see {@link ShopifyOrders}).
 *
 * @param id        the marketplace's order id: the platform order's external id
 * @param updatedAt its last change there, what the poll's cursor follows
 * @param cancelled whether it was cancelled there
 * @param total     what the customer paid there, all in
 */
public record RemoteOrder(String id, Instant updatedAt, boolean cancelled, String currency, List<Line> lines,
                          BigDecimal shipping, BigDecimal total, String customerId, Address shipTo) {

    public RemoteOrder {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, BigDecimal unitPrice) {
    }

    public record Address(String recipient, String line1, String line2, String postalCode, String city,
                          String country, BigDecimal latitude, BigDecimal longitude) {
    }
}
