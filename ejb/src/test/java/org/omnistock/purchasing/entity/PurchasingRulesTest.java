package org.omnistock.purchasing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A supplier's or a category's tolerance and an item's packs: what may be received, what is ordered. */
class PurchasingRulesTest {

    private static Supplier supplier(String percent, int units) {
        return new Supplier("S", "Supplier", "EUR", 5, 30, new BigDecimal(percent), units, Instant.EPOCH);
    }

    @Test
    void theToleranceIsTheLargerOfThePercentRoundedDownAndTheUnits() {
        assertEquals(26, supplier("10", 0).mostAccepted(24), "10% of 24 is 2.4: two more");
        assertEquals(13, supplier("10", 0).mostAccepted(12), "10% of 12 is 1.2: one more");
        assertEquals(9, supplier("10", 0).mostAccepted(9), "10% of 9 is 0.9: none more");
        assertEquals(12, supplier("10", 3).mostAccepted(9), "or three units, whichever allows more");
        assertEquals(24, supplier("0", 0).mostAccepted(24), "no tolerance: not one more");
        CategoryTolerance category = new CategoryTolerance("Bulk");
        category.set(new BigDecimal("5"), 2, Instant.EPOCH, "user:test");
        assertEquals(105, category.mostAccepted(100), "a category's tolerance by the same rule: 5% of 100");
        assertEquals(12, category.mostAccepted(10), "or two units");
    }

    @Test
    void anOrderIsRoundedUpToTheMinimumAndWholePacks() {
        SupplierItem item = new SupplierItem(supplier("0", 0), null);
        item.set("X-1", new BigDecimal("5.25"), 6, 12);
        assertEquals(12, item.orderable(1), "the minimum");
        assertEquals(12, item.orderable(12));
        assertEquals(18, item.orderable(13), "a pack started is a pack ordered");
        item.set("X-1", new BigDecimal("5.25"), 10, 1);
        assertEquals(20, item.orderable(15));
    }
}
