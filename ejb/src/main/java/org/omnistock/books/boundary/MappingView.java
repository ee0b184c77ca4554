package org.omnistock.books.boundary;

import java.time.Instant;

import org.omnistock.books.entity.AccountMapping;

/** Which account a role of an event posts to, from when, and who said so. */
public record MappingView(long id, String eventType, String role, String channel, String location, String category,
                          String reason, String account, Instant effectiveFrom, String createdBy) {

    static MappingView of(AccountMapping m) {
        return new MappingView(m.getId(), m.getEventType(), m.getRole(), m.getChannel(), m.getLocation(),
                m.getCategory(), m.getReason(), m.getAccount(), m.getEffectiveFrom(), m.getCreatedBy());
    }
}
