package org.omnistock.stock.boundary;

import java.util.List;
import java.util.Optional;

import org.omnistock.platform.Refusal;
import org.omnistock.stock.entity.StockLevel;

/**
 * What became of reservations of one level taken together.
 *
 * @param level    the level, locked for the rest of the transaction
 * @param refusals per hold, in order: why it was refused, or empty if it is held
 */
public record LevelReservations(StockLevel level, List<Optional<Refusal>> refusals) {
}
