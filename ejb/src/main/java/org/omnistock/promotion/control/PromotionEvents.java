package org.omnistock.promotion.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.promotion.PromotionChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.promotion.entity.Promotion;

/** Announces a promotion's creation, change or withdrawal on {@code omnistock.promotion.changed}, via the outbox. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PromotionEvents {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The promotion must be locked (or new) in the caller's transaction, so that sequences follow commits. */
    public void changed(Promotion promotion) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        PromotionChanged event = new PromotionChanged(PromotionChanged.SCHEMA_VERSION, eventId, promotion.rule(),
                promotion.isWithdrawn(), promotion.nextSequence(), now);
        outbox.enqueue(new OutgoingEvent(Destinations.PROMOTION_CHANGED, true, PromotionChanged.EVENT_TYPE, eventId,
                Map.of(Headers.PROMOTION, promotion.getCode()), JsonCodec.toJson(event),
                "promotion:" + promotion.getCode()));
    }
}
