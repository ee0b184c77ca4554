package org.omnistock.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Gap-free numbers per series and year ({@code PO-2026-000001}; a store's till receipts {@code S001-2026-T000001}):
 * the year's counter row is raised under its lock by the transaction that makes the document, so a number is used
 * once that document commits and is taken again if it rolls back. Documents of one series are therefore numbered one
 * transaction at a time: a series per location keeps stores apart, and a caller takes its number as the last thing
 * before it commits, so the row is held for the commit only.
 */
@Stateless
public class DocumentNumbers {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    DocumentNumbers self;

    /** The next number of the kind in the year, formatted {@code <kind>-<year>-<six digits>}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String kind, int year) {
        return String.format("%s-%d-%06d", kind, year, nextNumber(kind, year));
    }

    /** The next number of the series (at most 48 characters) in the year: 1 for its first document. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long nextNumber(String series, int year) {
        return nextNumbers(series, year, 1);
    }

    /**
     * The first of the next {@code count} numbers of the series in the year, all taken at once: the caller numbers
     * its documents first, first + 1, ... in the order it makes them.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long nextNumbers(String series, int year, int count) {
        if (raise(series, year, count) == 0) {
            self.openYear(series, year);
            if (raise(series, year, count) == 0) {
                throw new IllegalStateException("no counter for " + series + " " + year);
            }
        }
        Number last = (Number) em.createNativeQuery("SELECT last_number FROM document_series WHERE series = ? "
                + "AND year_number = ?").setParameter(1, series).setParameter(2, year).getSingleResult();
        return last.longValue() - count + 1;
    }

    private int raise(String series, int year, int count) {
        return em.createNativeQuery("UPDATE document_series SET last_number = last_number + ? WHERE series = ? "
                + "AND year_number = ?").setParameter(1, count).setParameter(2, series).setParameter(3, year)
                .executeUpdate();
    }

    /**
     * The year's counter, made in a transaction of its own so that two first documents of a year do not both
     * insert it in theirs: one insert wins, the other finds the row there.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openYear(String series, int year) {
        try {
            em.createNativeQuery("INSERT INTO document_series (series, year_number, last_number) VALUES (?, ?, 0)")
                    .setParameter(1, series).setParameter(2, year).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            // Another transaction opened the year first: its row is the counter.
        }
    }
}
