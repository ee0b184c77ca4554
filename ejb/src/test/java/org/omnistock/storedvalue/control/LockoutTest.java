package org.omnistock.storedvalue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void fiveWrongCodesWithinTheWindowLockForFifteenMinutes() {
        Lockout lockout = Lockout.NONE;
        for (int i = 0; i < 4; i++) {
            lockout = lockout.wrong(T0.plusSeconds(i * 60));
            assertFalse(lockout.locks(T0.plusSeconds(i * 60)), "wrong code " + (i + 1));
        }
        Instant fifth = T0.plusSeconds(300);
        lockout = lockout.wrong(fifth);
        assertTrue(lockout.locks(fifth));
        assertTrue(lockout.locks(fifth.plus(Duration.ofMinutes(14))));
        assertFalse(lockout.locks(fifth.plus(Duration.ofMinutes(15))));
        Lockout afterwards = lockout.wrong(fifth.plus(Duration.ofMinutes(16)));
        assertEquals(1, afterwards.failures(), "a new window once the lock is over");
        assertFalse(afterwards.locks(fifth.plus(Duration.ofMinutes(16))));
    }

    @Test
    void wrongCodesSpreadBeyondTheWindowDoNotLock() {
        Lockout lockout = Lockout.NONE;
        for (int i = 0; i < 10; i++) {
            Instant at = T0.plus(Duration.ofMinutes(4L * i));
            lockout = lockout.wrong(at);
            assertFalse(lockout.locks(at), "wrong code " + (i + 1) + " at minute " + 4 * i);
        }
    }
}
