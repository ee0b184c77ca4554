package org.omnistock.stock.boundary;

/** One reservation's quantity of a level, for {@link StockLedger#reserveEach}, and what it is for. */
public record Hold(long quantity, String reference) {
}
