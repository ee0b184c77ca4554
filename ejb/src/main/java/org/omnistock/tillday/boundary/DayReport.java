package org.omnistock.tillday.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A till day's report: an X report while it is open (the totals so far), the Z report once closed.
 *
 * @param expectedCash the opening float and the cash tenders taken (less cash paid back)
 * @param countedCash  counted at the close; null while open
 * @param difference   counted less expected; null while open
 */
public record DayReport(long id, String store, String state, Instant openedAt, String openedBy,
                        BigDecimal openingFloat, long receipts, List<DayTotal> totals, BigDecimal expectedCash,
                        Instant closedAt, String closedBy, BigDecimal countedCash, BigDecimal difference,
                        String differenceReason) implements Serializable {
}
