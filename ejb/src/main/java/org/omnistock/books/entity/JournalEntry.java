package org.omnistock.books.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One posted journal entry: balanced lines, the event and the document that caused it. Written once, never updated
 * or deleted; a correction is its reversal plus a new entry.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(name = JournalEntry.OF_DOCUMENT, query = "SELECT e FROM JournalEntry e "
        + "WHERE e.documentType = :type AND e.documentId = :id ORDER BY e.id")
@NamedQuery(name = JournalEntry.REVERSAL_OF, query = "SELECT e FROM JournalEntry e WHERE e.reverses = :id")
public class JournalEntry {

    public static final String OF_DOCUMENT = "JournalEntry.ofDocument";
    public static final String REVERSAL_OF = "JournalEntry.reversalOf";

    @Id
    @SequenceGenerator(name = "journal_entry_id", sequenceName = "journal_entry_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_id")
    private Long id;

    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;

    @Column(length = 32)
    private String reason;

    @Column(name = "document_type", nullable = false, length = 32)
    private String documentType;

    @Column(name = "document_id", nullable = false, length = 128)
    private String documentId;

    @Column(name = "location_code", length = 32)
    private String location;

    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(nullable = false, length = 3)
    private String currency;

    /** The sum of the debits (= of the credits), for lists. */
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "document_date", nullable = false)
    private Instant documentDate;

    @Column(name = "reverses_id")
    private Long reverses;

    @Column(name = "posted_by", length = 100)
    private String postedBy;

    @Column(length = 500)
    private String memo;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    public JournalEntry(String eventType, String reason, String documentType, String documentId, String location,
                        String channel, String currency, Instant postedAt, Instant documentDate, Long reverses,
                        String postedBy, String memo) {
        this.eventType = eventType;
        this.reason = reason;
        this.documentType = documentType;
        this.documentId = documentId;
        this.location = location;
        this.channel = channel;
        this.currency = currency;
        this.amount = BigDecimal.ZERO;
        this.postedAt = postedAt;
        this.documentDate = documentDate;
        this.reverses = reverses;
        this.postedBy = postedBy;
        this.memo = memo;
    }

    /** Adds a line while the entry is being made, before it is persisted. */
    public void addLine(String account, String lineLocation, BigDecimal debit, BigDecimal credit) {
        lines.add(new JournalLine(this, lines.size() + 1, account, lineLocation, debit, credit));
        amount = amount.add(debit);
    }

    public Long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }

    public String getReason() {
        return reason;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getLocation() {
        return location;
    }

    public String getChannel() {
        return channel;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getDocumentDate() {
        return documentDate;
    }

    public Long getReverses() {
        return reverses;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public String getMemo() {
        return memo;
    }

    public List<JournalLine> getLines() {
        return lines;
    }
}
