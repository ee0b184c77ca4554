package org.omnistock.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseRejectionTest {

    @Test
    void aValueTheDatabaseRefusesIsRefusedForGood() {
        assertTrue(DatabaseRejection.isPermanent("22001"), "string too long (PostgreSQL, Derby)");
        assertTrue(DatabaseRejection.isPermanent("22003"), "numeric value out of range");
        assertTrue(DatabaseRejection.isPermanent("23514"), "CHECK constraint (PostgreSQL)");
        assertTrue(DatabaseRejection.isPermanent("23513"), "CHECK constraint (Derby)");
        assertTrue(DatabaseRejection.isPermanent("23503"), "foreign key");
    }

    @Test
    void aFaultThatMayPassOrAConcurrentWinnerIsNot() {
        assertFalse(DatabaseRejection.isPermanent("23505"), "a unique key taken by a concurrent request");
        assertFalse(DatabaseRejection.isPermanent("08001"), "cannot connect");
        assertFalse(DatabaseRejection.isPermanent("40001"), "serialization failure");
        assertFalse(DatabaseRejection.isPermanent("40P01"), "deadlock");
        assertFalse(DatabaseRejection.isPermanent(null));
    }

    @Test
    void itIsFoundAnywhereInTheCauseChain() {
        SQLException tooLong = new SQLException("value too long for type character varying(64)", "22001");
        RuntimeException wrapped = new IllegalStateException("commit failed", new RuntimeException(tooLong));

        assertEquals(tooLong, DatabaseRejection.in(wrapped).orElseThrow());
        assertTrue(DatabaseRejection.in(new IllegalStateException("no cause")).isEmpty());
    }

    @Test
    void aMessageRefusedForGoodGetsItsReasonAndAPassingFaultIsThrownAgain() {
        RuntimeException tooLong = new IllegalStateException("commit failed",
                new SQLException("value too long for type character varying(64)", "22001"));
        assertEquals("the database refused the receipt: value too long for type character varying(64)",
                DatabaseRejection.refusalOrRethrow(tooLong, "receipt"));
        RuntimeException deadlock = new IllegalStateException("commit failed", new SQLException("deadlock", "40P01"));
        assertSame(deadlock, assertThrows(IllegalStateException.class,
                () -> DatabaseRejection.refusalOrRethrow(deadlock, "receipt")), "redelivered later");
    }
}
