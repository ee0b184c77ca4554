package org.omnistock.stock.boundary;

/**
 * The result of a stock write.
 *
 * @param replayed true if the idempotency key had been used before: this is the first result, and nothing changed now
 */
public record PostedMovement(MovementView movement, boolean replayed) {
}
