package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A delivery announced for a location under one reference (a purchase order, a supplier's delivery note), line by
 * line: what was announced, and once received what came.
 *
 * @param open     whether a line still waits to be received
 * @param replayed true when this receipt had been recorded before: nothing changed now
 */
public record DeliveryView(String reference, String locationId, Instant expectedAt, boolean open, List<Line> lines,
                           boolean replayed) implements Serializable {

    /**
     * @param received   what came, once received (null while it waits)
     * @param difference received less announced: negative when short, positive when more came (null while it waits)
     */
    public record Line(String sku, String name, long announced, Long received, Long difference,
                       Instant receivedAt) implements Serializable {
    }

    /** Whether any received line differs from what was announced. */
    public boolean hasDifferences() {
        return lines.stream().anyMatch(line -> line.difference() != null && line.difference() != 0);
    }
}
