package org.omnistock.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.stock.LatestStock;
import org.omnistock.messages.stock.StockChanged;

class LatestStockTest {

    private final LatestStock stock = new LatestStock();

    @Test
    void aStaleEventArrivingLateIsIgnored() {
        assertTrue(stock.apply(event("S001", 3, 7)));

        assertFalse(stock.apply(event("S001", 2, 9)), "sequence 2 is older than 3");
        assertFalse(stock.apply(event("S001", 3, 7)), "a repeat of 3");

        assertEquals(7, stock.level("SKU-1", "S001").orElseThrow().onHand());
    }

    @Test
    void eachLocationHasItsOwnSequence() {
        stock.apply(event("S001", 5, 1));

        assertTrue(stock.apply(event("S002", 1, 4)));
        assertTrue(stock.apply(event("S001", 6, 0)));

        assertEquals(0, stock.level("SKU-1", "S001").orElseThrow().onHand());
        assertEquals(4, stock.level("SKU-1", "S002").orElseThrow().onHand());
    }

    private static StockChanged event(String location, long sequence, long onHand) {
        return new StockChanged(1, "e-" + location + sequence, "SKU-1", location, onHand, 0, onHand, sequence,
                "SALE", Instant.parse("2026-11-26T10:00:00Z"), 0, 0, 0, null, 0);
    }
}
