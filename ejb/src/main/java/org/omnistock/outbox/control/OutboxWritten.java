package org.omnistock.outbox.control;

/** CDI event: the current transaction wrote to the outbox, so the relay has work once it commits. */
public record OutboxWritten() {
}
