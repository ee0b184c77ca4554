package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.stock.entity.Transfer;

/** @param replayed true when this transfer or receipt had been recorded before: nothing changed now */
public record TransferView(String reference, String sku, String fromLocationId, String toLocationId, long quantity,
                           Long receivedQuantity, Transfer.Status status, Instant expectedAt, Instant shippedAt,
                           Instant receivedAt, boolean replayed) implements Serializable {

    static TransferView of(Transfer transfer, boolean replayed) {
        return new TransferView(transfer.getReference(), transfer.getSku().getCode(), transfer.getFrom().getCode(),
                transfer.getTo().getCode(), transfer.getQuantity(), transfer.getReceivedQuantity(),
                transfer.getStatus(), transfer.getExpectedAt(), transfer.getShippedAt(), transfer.getReceivedAt(),
                replayed);
    }
}
