package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The proof that the books agree: for every stock level, each quantity equals the sum of its ledger movements,
 * reserved equals the open reservations, and incoming equals the open announcements.
 *
 * @param checkedLevels how many SKU x location levels were checked
 * @param mismatches    the levels that disagree; empty when all is well
 * @param isBalanced    whether there are none (named so since the first version of the API)
 */
public record Reconciliation(Instant checkedAt, long checkedLevels, List<Mismatch> mismatches, boolean isBalanced)
        implements Serializable {

    public Reconciliation {
        mismatches = List.copyOf(mismatches);
        isBalanced = mismatches.isEmpty();
    }

    public static Reconciliation of(Instant checkedAt, long checkedLevels, List<Mismatch> mismatches) {
        return new Reconciliation(checkedAt, checkedLevels, mismatches, mismatches.isEmpty());
    }

    /** One level whose quantities are not what its ledger and reservations say. */
    public record Mismatch(String sku, String locationId, long onHand, long ledgerOnHand, long reserved,
                           long ledgerReserved, long openReservations, long safetyStock, long ledgerSafetyStock,
                           long damaged, long ledgerDamaged, long qualityControl, long ledgerQualityControl,
                           long incoming, long ledgerIncoming, long openAnnouncements) implements Serializable {
    }
}
