package org.omnistock.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aLockWaitThatTimedOutOrADeadlockVictimIsHeldTooLongWhereverItIsWrapped() {
        assertTrue(ProblemMapper.heldTooLong(new EJBException(new PersistenceException("insert failed",
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested",
                        "40XL1")))));
        assertTrue(ProblemMapper.heldTooLong(new PersistenceException(new SQLException("deadlock detected",
                "40P01"))));
        assertTrue(ProblemMapper.heldTooLong(new SQLTransactionRollbackException("victim", "40001")));
    }

    @Test
    void otherDatabaseRefusalsAreNot() {
        assertFalse(ProblemMapper.heldTooLong(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "duplicate key", "23505"))));
        assertFalse(ProblemMapper.heldTooLong(new PersistenceException(new SQLException("value too long",
                "22001"))));
        assertFalse(ProblemMapper.heldTooLong(new IllegalStateException("no SQL at all")));
    }
}
