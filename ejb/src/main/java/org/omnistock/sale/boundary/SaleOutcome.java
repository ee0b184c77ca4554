package org.omnistock.sale.boundary;

/**
 * What became of a POS sale.
 *
 * @param reason why it was rejected; null otherwise
 */
public record SaleOutcome(Status status, String reason) {

    public enum Status {
        /** Recorded now: the stock ledger has its movements. */
        RECORDED,
        /** This store's receipt was recorded before; nothing changed. */
        DUPLICATE,
        /** Not accepted; nothing changed. */
        REJECTED
    }

    static SaleOutcome recorded() {
        return new SaleOutcome(Status.RECORDED, null);
    }

    static SaleOutcome duplicate() {
        return new SaleOutcome(Status.DUPLICATE, null);
    }

    public static SaleOutcome rejected(String reason) {
        return new SaleOutcome(Status.REJECTED, reason);
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }
}
