package org.omnistock.storedvalue.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.omnistock.storedvalue.entity.StoredValueCard;
import org.omnistock.storedvalue.entity.StoredValueMovement;

/**
 * A card as callers see it: never its code, only the last four; its history when asked for by number.
 *
 * @param id             the card's public number
 * @param kind           GIFT_CARD or STORE_CREDIT
 * @param customerNumber store credit's owner; null for a gift card
 */
public record CardView(long id, String kind, String lastFour, String customerNumber, String currency,
                       BigDecimal balance, String state, String stateReason, LocalDate expiresOn, Instant issuedAt,
                       String issuedLocation, List<Movement> movements) implements Serializable {

    /** One movement of the card, signed. */
    public record Movement(long id, long cardId, String kind, BigDecimal amount, BigDecimal balanceAfter,
                           String reference, String location, String note, String actor, Instant recordedAt)
                                   implements Serializable {

        static Movement of(StoredValueMovement movement, int digits) {
            return new Movement(movement.getId(), movement.getCard().getId(), movement.getKind().name(),
                    org.omnistock.messages.Money.stored(movement.getAmount(), digits),
                    org.omnistock.messages.Money.stored(movement.getBalanceAfter(), digits),
                    movement.getReference(), movement.getLocation(), movement.getNote(), movement.getActor(),
                    movement.getRecordedAt());
        }
    }

    static CardView of(StoredValueCard card, List<StoredValueMovement> movements, int digits) {
        return new CardView(card.getId(), card.getKind().name(), card.getLastFour(), card.getCreditOwner(),
                card.getCurrency(), org.omnistock.messages.Money.stored(card.getBalance(), digits),
                card.getState().name(), card.getStateReason(), card.getExpiresOn(), card.getIssuedAt(),
                card.getIssuedLocation(), movements.stream().map(m -> Movement.of(m, digits)).toList());
    }
}
