package org.omnistock.stock.boundary;

import java.time.Instant;

import org.omnistock.stock.entity.Reservation;
import org.omnistock.stock.entity.ReservationStatus;

/** A reservation as clients see it. */
public record ReservationView(long id, String reference, int line, String sku, String locationId, long quantity,
                              ReservationStatus status, Instant expiresAt, Instant createdAt, Instant closedAt) {

    static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.getId(), reservation.getReference(), reservation.getLineNo(),
                reservation.getLevel().getSku().getCode(), reservation.getLevel().getLocation().getCode(),
                reservation.getQuantity(), reservation.getStatus(), reservation.getExpiresAt(),
                reservation.getCreatedAt(), reservation.getClosedAt());
    }
}
