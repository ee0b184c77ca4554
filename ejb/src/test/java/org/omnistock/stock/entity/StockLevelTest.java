package org.omnistock.stock.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final StockLevel level = new StockLevel(null, null, NOW);

    @Test
    void aReceiptAddsToOnHandAndAdvancesTheSequence() {
        assertEquals(10, level.apply(MovementType.RECEIPT, 10, NOW));

        assertEquals(10, level.getOnHand());
        assertEquals(10, level.getAvailable());
        assertEquals(1, level.getSequence());
    }

    @Test
    void aSaleRemovesFromOnHand() {
        level.apply(MovementType.RECEIPT, 5, NOW);

        assertEquals(-2, level.apply(MovementType.SALE, 2, NOW));

        assertEquals(3, level.getOnHand());
        assertEquals(2, level.getSequence());
    }

    @Test
    void aSaleOfMoreThanTheBooksSayIsRecordedAndAvailableStaysAtZero() {
        level.apply(MovementType.RECEIPT, 1, NOW);

        level.apply(MovementType.SALE, 3, NOW);

        assertEquals(-2, level.getOnHand());
        assertEquals(0, level.getAvailable());
    }

    @Test
    void anAdjustmentMayGoEitherWay() {
        level.apply(MovementType.RECEIPT, 5, NOW);

        assertEquals(-5, level.apply(MovementType.ADJUSTMENT, -5, NOW));
        assertEquals(2, level.apply(MovementType.ADJUSTMENT, 2, NOW));

        assertEquals(2, level.getOnHand());
    }

    @Test
    void anAdjustmentMayNotTakeOnHandBelowZeroAndChangesNothing() {
        level.apply(MovementType.RECEIPT, 5, NOW);

        StockRuleViolation e = assertThrows(StockRuleViolation.class,
                () -> level.apply(MovementType.ADJUSTMENT, -6, NOW.plusSeconds(1)));

        assertEquals("negative-on-hand", e.code());
        assertEquals(5, level.getOnHand());
        assertEquals(1, level.getSequence());
        assertEquals(NOW, level.getUpdatedAt());
    }

    @Test
    void anAdjustmentOfZeroIsRefused() {
        assertEquals("zero-quantity",
                assertThrows(StockRuleViolation.class, () -> level.apply(MovementType.ADJUSTMENT, 0, NOW)).code());
    }

    @Test
    void receiptsAndSalesNeedPositiveQuantities() {
        assertEquals("non-positive-quantity",
                assertThrows(StockRuleViolation.class, () -> level.apply(MovementType.RECEIPT, 0, NOW)).code());
        assertEquals("non-positive-quantity",
                assertThrows(StockRuleViolation.class, () -> level.apply(MovementType.SALE, -1, NOW)).code());
        assertEquals(0, level.getSequence());
    }
}
