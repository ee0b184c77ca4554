package org.omnistock.cart.boundary;

import java.time.Instant;
import java.util.List;

import org.omnistock.promotion.boundary.BasketQuote;

/**
 * A cart as the shop shows it.
 *
 * @param mergedInto the token of the customer's cart this one was merged into; null unless {@code MERGED}
 * @param quote      the cart priced now, for its customer; null when it has no lines or is no longer open
 * @param heldAt     the location its lines' stock is held at; null when it holds none
 * @param heldUntil  until when
 */
public record CartView(String token, String channel, String currency, String customer, String status,
                       String mergedInto, String orderNumber, List<Line> lines, BasketQuote quote, String heldAt,
                       Instant heldUntil, Instant createdAt, Instant updatedAt) {

    public record Line(String sku, int quantity) {
    }
}
