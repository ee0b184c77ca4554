package org.omnistock.books.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An entry's place in the feed: given by the journal's publisher, one turn at a time, to entries it finds committed,
 * so positions follow the order entries became visible (ids do not: they are drawn before commit).
 */
@Entity
@Table(name = "journal_feed")
@NamedQuery(name = JournalFeedPosition.LAST, query = "SELECT MAX(f.position) FROM JournalFeedPosition f")
public class JournalFeedPosition {

    public static final String LAST = "JournalFeedPosition.last";

    @Id
    @Column(name = "feed_position")
    private long position;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected JournalFeedPosition() {
    }

    public JournalFeedPosition(long position, long entryId, Instant publishedAt) {
        this.position = position;
        this.entryId = entryId;
        this.publishedAt = publishedAt;
    }

    public long getPosition() {
        return position;
    }

    public long getEntryId() {
        return entryId;
    }
}
