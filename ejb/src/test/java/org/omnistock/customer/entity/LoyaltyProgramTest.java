package org.omnistock.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Expiry spends the oldest points first; a tier is the highest one reached. */
class LoyaltyProgramTest {

    @Test
    void whatWasSpentBeforeComesOutOfTheOldestPointsFirst() {
        assertEquals(70, LoyaltyProgram.expiring(100, -30, 120), "100 due, 30 spent: 70 expire");
        assertEquals(0, LoyaltyProgram.expiring(100, -120, 30), "120 spent took all 100 and 20 of the next");
        assertEquals(30, LoyaltyProgram.expiring(150, -120, 30), "the next 50 come due: 30 of them are left");
    }

    @Test
    void anEarlierExpiryCountsAsSpent() {
        assertEquals(20, LoyaltyProgram.expiring(150, -(100 + 30), 20), "100 expired before, 30 spent, 20 left of 50");
        assertEquals(0, LoyaltyProgram.expiring(150, -150, 0), "nothing twice");
    }

    @Test
    void expiryNeverTakesMoreThanTheBalance() {
        assertEquals(10, LoyaltyProgram.expiring(100, 0, 10), "a return took 90 back meanwhile");
        assertEquals(0, LoyaltyProgram.expiring(100, 0, -40), "an overdrawn balance loses nothing more");
    }

    @Test
    void aTierIsTheHighestThresholdReached() {
        LoyaltyTier silver = new LoyaltyTier("SILVER", "Silver", new BigDecimal("100.00"), null);
        LoyaltyTier gold = new LoyaltyTier("GOLD", "Gold", new BigDecimal("300.00"), "VIP");
        List<LoyaltyTier> tiers = List.of(gold, silver);

        assertTrue(LoyaltyProgram.tierFor(new BigDecimal("99.99"), tiers).isEmpty());
        assertEquals(silver, LoyaltyProgram.tierFor(new BigDecimal("100.00"), tiers).orElseThrow());
        assertEquals(gold, LoyaltyProgram.tierFor(new BigDecimal("1000"), tiers).orElseThrow());
        assertTrue(LoyaltyProgram.tierFor(BigDecimal.ZERO, List.of()).isEmpty());
    }
}
