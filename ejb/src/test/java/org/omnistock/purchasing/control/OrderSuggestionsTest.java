package org.omnistock.purchasing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.omnistock.purchasing.entity.Supplier;
import org.omnistock.purchasing.entity.SupplierItem;

/** The order-point rule: when to order, how much, rounded as the supplier sells, and why. */
class OrderSuggestionsTest {

    private static SupplierItem item(int pack, int minimum) {
        SupplierItem item = new SupplierItem(new Supplier("S", "Supplier", "EUR", 5, 30, BigDecimal.ZERO, 0,
                Instant.EPOCH), null);
        item.set("X", new BigDecimal("4.00"), pack, minimum);
        return item;
    }

    @Test
    void belowTheOrderPointItFillsUpToLeadTimeReviewAndSafetyInWholePacks() {
        OrderSuggestions.Suggestion suggestion = OrderSuggestions.suggest(2.0, 10, 4, 5, item(6, 12));
        // 14 units at 2 a day cover 7 days, less than 5 + 7; 5 + 7 + 7 = 19 days need 38: 24 short, 24 in packs.
        assertEquals(24, suggestion.quantity());
        assertEquals(7.0, suggestion.coverDays());
        assertTrue(suggestion.reason().contains("need 38, 24 short"), suggestion.reason());
        OrderSuggestions.Suggestion rounded = OrderSuggestions.suggest(2.0, 10, 5, 5, item(6, 12));
        assertEquals(24, rounded.quantity(), "23 short is 24 in packs of 6");
        assertTrue(rounded.reason().contains("24 in packs of 6 from 12"), rounded.reason());
        assertEquals(12, OrderSuggestions.suggest(0.5, 1, 0, 5, item(1, 12)).quantity(), "10 short, 12 the least");
    }

    @Test
    void enoughCoverOrNoSalesOrderNothing() {
        OrderSuggestions.Suggestion covered = OrderSuggestions.suggest(1.0, 12, 0, 5, item(1, 1));
        assertEquals(0, covered.quantity(), "12 days cover the lead time and the safety days");
        assertTrue(covered.reason().endsWith("nothing to order"), covered.reason());
        OrderSuggestions.Suggestion idle = OrderSuggestions.suggest(0, 0, 0, 5, item(1, 1));
        assertEquals(0, idle.quantity());
        assertNull(idle.coverDays());
        assertEquals(19, OrderSuggestions.suggest(1.0, 0, 0, 5, item(1, 1)).quantity(), "nothing held: 19 days");
    }
}
