package org.omnistock.outbox.control;

/**
 * CDI event: the current transaction wrote to the outbox, so the relay has work once it commits. Fired at the
 * transaction's first event; it learns the partitions of the rest as they are written, and is read after commit.
 */
public final class OutboxWritten {

    private volatile int partitions;

    /** The partitions the transaction wrote to, one bit each. */
    public int partitions() {
        return partitions;
    }

    void add(int partition) {
        partitions |= 1 << partition;
    }
}
