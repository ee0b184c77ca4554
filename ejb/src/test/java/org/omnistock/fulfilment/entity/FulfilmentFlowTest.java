package org.omnistock.fulfilment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.omnistock.fulfilment.entity.FulfilmentFlow.Action;
import org.omnistock.fulfilment.entity.FulfilmentFlow.Step;

class FulfilmentFlowTest {

    private static Step next(FulfilmentMode mode, FulfilmentStatus current, Action action) {
        return FulfilmentFlow.next(mode, current, action);
    }

    @Test
    void aShipmentGoesStepByStepAndMaySkipForward() {
        assertEquals(FulfilmentStatus.ACCEPTED, next(FulfilmentMode.SHIP, FulfilmentStatus.SENT, Action.ACCEPT).next());
        assertEquals(FulfilmentStatus.SHIPPED, next(FulfilmentMode.SHIP, FulfilmentStatus.ACCEPTED, Action.SHIP)
                .next());
        assertEquals(FulfilmentStatus.DELIVERED, next(FulfilmentMode.SHIP, FulfilmentStatus.SHIPPED, Action.DELIVER)
                .next());
    }

    @Test
    void aStepReportedAgainOrLateChangesNothing() {
        assertTrue(next(FulfilmentMode.SHIP, FulfilmentStatus.ACCEPTED, Action.ACCEPT).repeat());
        assertTrue(next(FulfilmentMode.SHIP, FulfilmentStatus.SHIPPED, Action.PACK).repeat());
        assertTrue(next(FulfilmentMode.SHIP, FulfilmentStatus.REJECTED, Action.REJECT).repeat());
    }

    @Test
    void givingUpIsOnlyForWorkNotPackedYet() {
        assertEquals(FulfilmentStatus.REJECTED, next(FulfilmentMode.SHIP, FulfilmentStatus.PICKED, Action.REJECT)
                .next());
        assertNotNull(next(FulfilmentMode.SHIP, FulfilmentStatus.PACKED, Action.REJECT).refusal());
        assertNotNull(next(FulfilmentMode.SHIP, FulfilmentStatus.SHIPPED, Action.CANCEL).refusal());
        assertEquals(FulfilmentStatus.EXPIRED, next(FulfilmentMode.SHIP, FulfilmentStatus.SENT, Action.EXPIRE).next());
        assertNotNull(next(FulfilmentMode.SHIP, FulfilmentStatus.ACCEPTED, Action.EXPIRE).refusal());
        assertNotNull(next(FulfilmentMode.SHIP, FulfilmentStatus.CANCELLED, Action.ACCEPT).refusal());
    }

    @Test
    void aPickupIsReadyWhenPackedAndEndsCollectedOrNot() {
        assertEquals(FulfilmentStatus.READY_FOR_PICKUP, next(FulfilmentMode.PICKUP, FulfilmentStatus.PICKED,
                Action.PACK).next());
        assertNotNull(next(FulfilmentMode.PICKUP, FulfilmentStatus.PICKED, Action.COLLECT).refusal());
        assertNotNull(next(FulfilmentMode.PICKUP, FulfilmentStatus.READY_FOR_PICKUP, Action.SHIP).refusal());
        assertEquals(FulfilmentStatus.COLLECTED, next(FulfilmentMode.PICKUP, FulfilmentStatus.READY_FOR_PICKUP,
                Action.COLLECT).next());
        assertEquals(FulfilmentStatus.NOT_COLLECTED, next(FulfilmentMode.PICKUP, FulfilmentStatus.READY_FOR_PICKUP,
                Action.NOT_COLLECTED).next());
        assertNotNull(next(FulfilmentMode.PICKUP, FulfilmentStatus.COLLECTED, Action.NOT_COLLECTED).refusal());
    }

    @Test
    void aParcelForPickupMustArriveBeforeItIsHandedOver() {
        assertEquals(FulfilmentStatus.READY_FOR_PICKUP, next(FulfilmentMode.PICKUP, FulfilmentStatus.AWAITING_ARRIVAL,
                Action.ARRIVE).next());
        assertNotNull(next(FulfilmentMode.PICKUP, FulfilmentStatus.AWAITING_ARRIVAL, Action.COLLECT).refusal());
        assertNotNull(next(FulfilmentMode.PICKUP, FulfilmentStatus.AWAITING_ARRIVAL, Action.ACCEPT).refusal());
        assertNotNull(next(FulfilmentMode.SHIP, FulfilmentStatus.SENT, Action.ARRIVE).refusal());
        assertTrue(next(FulfilmentMode.PICKUP, FulfilmentStatus.READY_FOR_PICKUP, Action.ARRIVE).repeat());
        assertNotNull(next(FulfilmentMode.SHIP_TO_STORE, FulfilmentStatus.SHIPPED, Action.DELIVER).refusal());
    }
}
