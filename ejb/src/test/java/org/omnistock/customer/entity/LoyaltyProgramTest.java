package org.omnistock.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.customer.boundary.LoyaltyTerms;

/** Expiry spends the oldest points first; a tier is the highest one reached; points are whole. */
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
        LoyaltyTerms.Tier silver = new LoyaltyTerms.Tier("SILVER", "Silver", new BigDecimal("100.00"), null);
        LoyaltyTerms.Tier gold = new LoyaltyTerms.Tier("GOLD", "Gold", new BigDecimal("300.00"), "VIP");
        LoyaltyTerms terms = terms(List.of(gold, silver));

        assertTrue(terms.tierFor(new BigDecimal("99.99")).isEmpty());
        assertEquals(silver, terms.tierFor(new BigDecimal("100.00")).orElseThrow());
        assertEquals(gold, terms.tierFor(new BigDecimal("1000")).orElseThrow());
        assertTrue(terms(List.of()).tierFor(BigDecimal.ZERO).isEmpty());
    }

    @Test
    void pointsAreWholeAndExpireAfterTheirDays() {
        LoyaltyTerms terms = terms(List.of());
        assertEquals(19, terms.pointsFor(new BigDecimal("19.99")), "rounded down");
        assertEquals(0, terms.pointsFor(new BigDecimal("-5.00")));
        assertEquals(Instant.parse("2027-01-30T10:00:00Z"), terms.expiryOf(Instant.parse("2026-12-31T10:00:00Z")));
        assertEquals(Instant.parse("2025-11-30T10:00:00Z"), terms.tierWindowStart(Instant.parse("2026-11-30T10:00:00Z")));
    }

    private static LoyaltyTerms terms(List<LoyaltyTerms.Tier> tiers) {
        return new LoyaltyTerms(BigDecimal.ONE, new BigDecimal("0.01"), 30, 365, LoyaltyProgram.TierMeasure.SPEND,
                tiers, null, null);
    }
}
