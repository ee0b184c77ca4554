package org.omnistock.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Gap-free numbers per kind of document and year ({@code PO-2026-000001}): the year's counter row is raised under
 * its lock by the transaction that makes the document, so a number is used once that document commits and is
 * taken again if it rolls back. Documents of one kind are therefore numbered one transaction at a time.
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
        if (raise(kind, year) == 0) {
            self.openYear(kind, year);
            if (raise(kind, year) == 0) {
                throw new IllegalStateException("no counter for " + kind + " " + year);
            }
        }
        Number last = (Number) em.createNativeQuery("SELECT last_number FROM document_counter WHERE kind = ? "
                + "AND year_number = ?").setParameter(1, kind).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%06d", kind, year, last.longValue());
    }

    private int raise(String kind, int year) {
        return em.createNativeQuery("UPDATE document_counter SET last_number = last_number + 1 WHERE kind = ? "
                + "AND year_number = ?").setParameter(1, kind).setParameter(2, year).executeUpdate();
    }

    /**
     * The year's counter, made in a transaction of its own so that two first documents of a year do not both
     * insert it in theirs: one insert wins, the other finds the row there.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openYear(String kind, int year) {
        try {
            em.createNativeQuery("INSERT INTO document_counter (kind, year_number, last_number) VALUES (?, ?, 0)")
                    .setParameter(1, kind).setParameter(2, year).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            // Another transaction opened the year first: its row is the counter.
        }
    }
}
