package org.omnistock.platform;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a value the database refuses (it will refuse it again, whenever it is sent) from a fault that may pass (the
 * database is down, a deadlock, a lock timeout), by the SQLSTATE the driver reports. Every caller from outside
 * answers the first with a reason at once, and lets only the second be retried.
 */
public final class DatabaseRejection {

    /** SQLSTATE of a unique key taken: a concurrent request won, which is not the value's fault. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseRejection() {
    }

    /**
     * Data exceptions (class 22: a number out of range, a string too long) and integrity violations (class 23: a
     * CHECK constraint, a missing reference), but not a unique key taken concurrently.
     */
    public static boolean isPermanent(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22")
                || sqlState.startsWith("23") && !UNIQUE_VIOLATION.equals(sqlState));
    }

    /**
     * True when the failure is a transaction the database rolled back to break a deadlock or a serialization
     * conflict (SQLSTATE class 40): nothing of it was kept, and the same work tried again will most likely pass.
     */
    public static boolean isRolledBackByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a message's work, which failed in a transaction of its own, is refused for good ({@code the database
     * refused the <what>: ...}), for its dead letter; a fault that may pass is thrown again, so that the broker
     * delivers the message again later.
     */
    public static String refusalOrRethrow(RuntimeException failure, String what) {
        return in(failure).map(refused -> "the database refused the " + what + ": " + refused.getMessage())
                .orElseThrow(() -> failure);
    }

    /** The SQL exception in the cause chain whose value the database refuses for good, if there is one. */
    public static Optional<SQLException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isPermanent(sql.getSQLState())) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
