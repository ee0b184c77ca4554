package org.omnistock.outbox.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An event waiting to be, or already, published. Written by {@link org.omnistock.outbox.control.Outbox} in one
 * batch per transaction, not through the entity manager; read and marked published through it.
 *
 * <p>The pending events are read in the order of the index {@code ix_outbox_pending (published_at, id)}, both
 * columns: ordered by id alone, PostgreSQL picked the primary key whenever its statistics lagged behind the
 * relay (they always do under load: rows go from pending to published all the time), and walked every published
 * row before the pending ones, 250 to 600 ms a batch with 300,000 rows kept.</p>
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_PENDING,
        query = "SELECT m FROM OutboxMessage m WHERE m.publishedAt IS NULL AND m.partition IN :partitions "
                + "ORDER BY m.publishedAt, m.id")
@NamedQuery(name = OutboxMessage.MARK_PUBLISHED,
        query = "UPDATE OutboxMessage m SET m.publishedAt = :at WHERE m.id IN :ids")
@NamedQuery(name = OutboxMessage.DELETE_PUBLISHED_BEFORE,
        query = "DELETE FROM OutboxMessage m WHERE m.publishedAt < :before")
@NamedQuery(name = OutboxMessage.FIND_BY_EVENT_ID,
        query = "SELECT m FROM OutboxMessage m WHERE m.eventId = :eventId")
public class OutboxMessage {

    public static final String FIND_PENDING = "OutboxMessage.findPending";
    public static final String MARK_PUBLISHED = "OutboxMessage.markPublished";
    public static final String DELETE_PUBLISHED_BEFORE = "OutboxMessage.deletePublishedBefore";
    public static final String FIND_BY_EVENT_ID = "OutboxMessage.findByEventId";

    /**
     * From the database sequence {@code outbox_message_seq}, taken by the insert itself just before the transaction
     * commits ({@link org.omnistock.outbox.control.Outbox}): after all its locks, so that two events of one stock
     * level or price list are numbered, and published, in the order their changes commit, on whichever server
     * (migration V20). Blocks of ids per server would number a later change on one server before an earlier one on
     * another.
     */
    @Id
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    private String eventId;

    @Column(nullable = false, length = 128)
    private String destination;

    @Column(nullable = false)
    private boolean multicast;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    /** The JMS string properties, as a JSON object. */
    @Column(nullable = false, length = 2000)
    private String properties;

    @Column(nullable = false, length = 32000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** What the event is about ({@link org.omnistock.outbox.control.OutgoingEvent#aggregate()}). */
    @Column(name = "aggregate_key", nullable = false, length = 200)
    private String aggregateKey;

    /** The aggregate's partition ({@link org.omnistock.outbox.control.OutboxPartitions#of}). */
    @Column(name = "partition_no", nullable = false)
    private int partition;

    protected OutboxMessage() {
    }

    public OutboxMessage(String eventId, String destination, boolean multicast, String eventType, String properties,
                         String body, Instant createdAt) {
        this.eventId = eventId;
        this.destination = destination;
        this.multicast = multicast;
        this.eventType = eventType;
        this.properties = properties;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getDestination() {
        return destination;
    }

    public boolean isMulticast() {
        return multicast;
    }

    public String getEventType() {
        return eventType;
    }

    public String getProperties() {
        return properties;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getAggregateKey() {
        return aggregateKey;
    }

    public int getPartition() {
        return partition;
    }
}
