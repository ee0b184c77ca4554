package org.omnistock.document.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.document.entity.SalesDocument;
import org.omnistock.platform.DocumentNumbers;
import org.omnistock.platform.Refusal;

/** Numbered documents (the package documentation). */
@Stateless
public class Documents {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Access access;

    /**
     * Numbers a document in the caller's transaction, in the series of its kind at the location for the year it was
     * issued in (the location's time zone): {@code S001-2026-T000123}. Call it last before the commit: the series'
     * row is held until then, and a rollback gives the number back.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public DocumentView issue(DocumentKind kind, String location, ZoneId zone, Instant issuedAt, String sourceType,
                              String sourceId, BigDecimal gross, BigDecimal tax) {
        int year = LocalDate.ofInstant(issuedAt, zone).getYear();
        long number = numbers.nextNumber(location + "/" + kind.letter(), year);
        SalesDocument document = new SalesDocument(String.format("%s-%d-%s%06d", location, year, kind.letter(),
                number), kind, location, issuedAt, sourceType, sourceId, gross, tax);
        em.persist(document);
        return DocumentView.of(document);
    }

    /** A document by its number, for whoever may see its location. */
    public DocumentView find(String number) {
        SalesDocument document = em.createNamedQuery(SalesDocument.BY_NUMBER, SalesDocument.class)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-document", "there is no document "
                        + number));
        access.requireAt(Scopes.READ, document.getLocation());
        return DocumentView.of(document);
    }

    /** A location's documents issued from and to (exclusive), in number order. */
    public List<DocumentView> at(String location, Instant from, Instant to) {
        access.requireAt(Scopes.READ, location);
        return em.createNamedQuery(SalesDocument.AT_LOCATION, SalesDocument.class).setParameter("location", location)
                .setParameter("from", from).setParameter("to", to).setMaxResults(10_000).getResultStream()
                .map(DocumentView::of).toList();
    }

    /** The documents of a source (a till receipt's reference), for whoever may see its location. */
    public List<DocumentView> of(String sourceType, String sourceId) {
        List<SalesDocument> found = em.createNamedQuery(SalesDocument.BY_SOURCE, SalesDocument.class)
                .setParameter("type", sourceType).setParameter("id", sourceId).getResultList();
        found.forEach(d -> access.requireAt(Scopes.READ, d.getLocation()));
        return found.stream().map(DocumentView::of).toList();
    }
}
