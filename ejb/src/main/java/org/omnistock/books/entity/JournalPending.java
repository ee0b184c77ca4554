package org.omnistock.books.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An entry written and not yet in the feed: the journal's publisher takes it, and deletes this. */
@Entity
@Table(name = "journal_pending")
@NamedQuery(name = JournalPending.OLDEST, query = "SELECT p.entryId FROM JournalPending p ORDER BY p.entryId")
@NamedQuery(name = JournalPending.DELETE, query = "DELETE FROM JournalPending p WHERE p.entryId IN :ids")
public class JournalPending {

    public static final String OLDEST = "JournalPending.oldest";
    public static final String DELETE = "JournalPending.delete";

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    protected JournalPending() {
    }

    public JournalPending(long entryId) {
        this.entryId = entryId;
    }
}
