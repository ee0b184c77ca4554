package org.omnistock.stock.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The proof that the books agree: for every stock level, each quantity equals the sum of its ledger movements,
 * reserved equals the open reservations, and incoming equals the open announcements.
 *
 * @param checkedLevels how many SKU x location levels were checked
 * @param mismatches    the levels that disagree; empty when all is well
 */
public record Reconciliation(Instant checkedAt, long checkedLevels, List<Mismatch> mismatches) {

    public Reconciliation {
        mismatches = List.copyOf(mismatches);
    }

    public boolean isBalanced() {
        return mismatches.isEmpty();
    }

    /** One level whose quantities are not what its ledger and reservations say. */
    public record Mismatch(String sku, String locationId, long onHand, long ledgerOnHand, long reserved,
                           long ledgerReserved, long openReservations, long safetyStock, long ledgerSafetyStock,
                           long damaged, long ledgerDamaged, long qualityControl, long ledgerQualityControl,
                           long incoming, long ledgerIncoming, long openAnnouncements) {
    }
}
