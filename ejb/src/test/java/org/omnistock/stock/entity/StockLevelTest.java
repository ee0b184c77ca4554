package org.omnistock.stock.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StockLevelTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final StockLevel level = new StockLevel(null, null, NOW);

    @Test
    void aReceiptAddsToOnHandAndAdvancesTheSequence() {
        assertEquals(new StockChange(10, 0, 0, 0, 0, 0), level.receive(10, NOW));

        assertEquals(10, level.getOnHand());
        assertEquals(10, level.getAvailable());
        assertEquals(1, level.getSequence());
    }

    @Test
    void aSaleRemovesFromOnHand() {
        level.receive(5, NOW);

        assertEquals(-2, level.sell(2, NOW).onHand());

        assertEquals(3, level.getOnHand());
        assertEquals(2, level.getSequence());
    }

    @Test
    void aSaleOfMoreThanTheBooksSayIsRecordedAndAvailableStaysAtZero() {
        level.receive(1, NOW);

        level.sell(3, NOW);

        assertEquals(-2, level.getOnHand());
        assertEquals(0, level.getAvailable());
    }

    @Test
    void anAdjustmentMayGoEitherWayButNotBelowZero() {
        level.receive(5, NOW);
        level.adjust(-5, NOW);
        level.adjust(2, NOW);

        assertRefused("negative-on-hand", () -> level.adjust(-3, NOW.plusSeconds(1)));
        assertRefused("zero-quantity", () -> level.adjust(0, NOW));
        assertEquals(2, level.getOnHand());
        assertEquals(3, level.getSequence());
        assertEquals(NOW, level.getUpdatedAt());
    }

    @Test
    void receiptsAndSalesNeedPositiveQuantities() {
        assertRefused("non-positive-quantity", () -> level.receive(0, NOW));
        assertRefused("non-positive-quantity", () -> level.sell(-1, NOW));
        assertEquals(0, level.getSequence());
    }

    @Test
    void availableLeavesOutReservedSafetyDamagedAndQualityControl() {
        level.receive(20, NOW);
        level.reserve(3, NOW);
        level.holdBack(2, NOW);
        level.move(StockState.AVAILABLE, StockState.DAMAGED, 4, NOW);
        level.move(StockState.AVAILABLE, StockState.QUALITY_CONTROL, 1, NOW);

        assertEquals(20, level.getOnHand());
        assertEquals(10, level.getAvailable());
        assertEquals(4, level.getDamaged());
        assertEquals(1, level.getQualityControl());
    }

    @Test
    void aReservationTakesOnlyWhatIsAvailable() {
        level.receive(5, NOW);
        level.holdBack(1, NOW);

        level.reserve(4, NOW);

        assertRefused("insufficient-stock", () -> level.reserve(1, NOW));
        assertEquals(4, level.getReserved());
        assertEquals(0, level.getAvailable());
    }

    @Test
    void fulfilTakesTheHeldUnitsOffOnHandAndReleaseGivesThemBack() {
        level.receive(5, NOW);
        level.reserve(3, NOW);

        assertEquals(new StockChange(-2, -2, 0, 0, 0, 0), level.fulfil(2, NOW));
        assertEquals(new StockChange(0, -1, 0, 0, 0, 0), level.release(1, NOW));

        assertEquals(3, level.getOnHand());
        assertEquals(0, level.getReserved());
        assertEquals(3, level.getAvailable());
        assertRefused("not-reserved", () -> level.release(1, NOW));
    }

    @Test
    void aCountSetsOnHandOnlyIfItIsStillWhatTheCounterExpected() {
        level.receive(10, NOW);

        assertEquals(-3, level.count(10, 7, NOW).onHand());
        StockRuleViolation stale = assertThrows(StockRuleViolation.class, () -> level.count(10, 12, NOW));

        assertEquals("count-mismatch", stale.code());
        assertEquals(true, stale.getMessage().contains("on hand is 7"), stale.getMessage());
        assertEquals(7, level.getOnHand());
    }

    @Test
    void aStateMoveNeedsThatManyInTheStateItLeaves() {
        level.receive(3, NOW);
        level.move(StockState.AVAILABLE, StockState.DAMAGED, 2, NOW);

        assertRefused("insufficient-stock", () -> level.move(StockState.DAMAGED, StockState.AVAILABLE, 3, NOW));
        assertRefused("same-state", () -> level.move(StockState.DAMAGED, StockState.DAMAGED, 1, NOW));
        assertEquals(new StockChange(0, 0, 0, -2, 2, 0),
                level.move(StockState.DAMAGED, StockState.QUALITY_CONTROL, 2, NOW));
        assertEquals(3, level.getOnHand());
    }

    @Test
    void announcedGoodsAreIncomingUntilAReceiptSettlesThem() {
        level.expect(20, NOW);

        assertEquals(20, level.getIncoming());
        assertEquals(0, level.getOnHand());
        assertEquals(0, level.getAvailable(), "incoming cannot be promised from this location yet");
        assertEquals(new StockChange(18, 0, 0, 0, 0, -20), level.receiveAnnounced(18, 20, NOW));
        assertEquals(0, level.getIncoming());
        assertRefused("not-incoming", () -> level.unexpect(1, NOW));
    }

    @Test
    void aTransferTakesOnlyAvailableUnits() {
        level.receive(5, NOW);
        level.reserve(2, NOW);

        assertRefused("insufficient-stock", () -> level.transferOut(4, NOW));
        assertEquals(new StockChange(-3, 0, 0, 0, 0, 0), level.transferOut(3, NOW));
        assertEquals(2, level.getOnHand());
        assertEquals(0, level.getAvailable());
    }

    @Test
    void aReturnComesBackInTheStateItIsIn() {
        assertEquals(new StockChange(1, 0, 0, 0, 0, 0), level.takeBack(1, StockState.AVAILABLE, NOW));
        assertEquals(new StockChange(2, 0, 0, 0, 2, 0), level.takeBack(2, StockState.QUALITY_CONTROL, NOW));
        assertEquals(new StockChange(1, 0, 0, 1, 0, 0), level.takeBack(1, StockState.DAMAGED, NOW));

        assertEquals(4, level.getOnHand());
        assertEquals(1, level.getAvailable());
        assertRefused("non-positive-quantity", () -> level.takeBack(0, StockState.AVAILABLE, NOW));
    }

    private void assertRefused(String code, Executable operation) {
        long sequence = level.getSequence();
        assertEquals(code, assertThrows(StockRuleViolation.class, operation).code());
        assertEquals(sequence, level.getSequence(), "a refused operation changes nothing");
    }
}
