package org.omnistock.document.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.document.entity.SalesDocument;
import org.omnistock.platform.DocumentNumbers;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;

/** Numbered documents (the package documentation). */
@Stateless
public class Documents {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Access access;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /** Documents written by one statement of {@link #issueAll}. */
    private static final int INSERT_ROWS = 200;

    /** A location's series of one kind of document in one year. */
    private record Series(DocumentKind kind, int year) {
    }

    /** A document to number: what {@link #issueAll} is given. */
    public record Unnumbered(DocumentKind kind, Instant issuedAt, String sourceType, String sourceId,
                             BigDecimal gross, BigDecimal tax) {
    }

    /**
     * Numbers documents of one location in the order given, each in the series of its kind for the year it was
     * issued in (the location's time zone: {@code S001-2026-T000123}), taking each series' numbers at once and writing
     * the documents in few statements, in the caller's transaction: the series' rows are held until it commits, and
     * a rollback gives the numbers back.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void issueAll(String location, ZoneId zone, List<Unnumbered> documents) {
        Map<Series, List<Unnumbered>> bySeries = new LinkedHashMap<>();
        for (Unnumbered document : documents) {
            bySeries.computeIfAbsent(new Series(document.kind(), LocalDate.ofInstant(document.issuedAt(), zone)
                    .getYear()), k -> new ArrayList<>()).add(document);
        }
        List<Object[]> rows = new ArrayList<>();
        bySeries.forEach((series, ofSeries) -> {
            String letter = series.kind().letter();
            long next = numbers.nextNumbers(location + "/" + letter, series.year(), ofSeries.size());
            for (Unnumbered document : ofSeries) {
                rows.add(new Object[] {String.format("%s-%d-%s%06d", location, series.year(), letter, next++),
                        series.kind().name(), location, Timestamp.from(document.issuedAt()), document.sourceType(),
                        document.sourceId(), document.gross(), document.tax()});
            }
        });
        for (int from = 0; from < rows.size(); from += INSERT_ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO sales_document (document_number, kind, location_code, "
                    + "issued_at, source_type, source_id, gross, tax) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            int parameter = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    insert.setParameter(parameter++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    /** A document by its number, for whoever may see its location. */
    public DocumentView find(String number) {
        SalesDocument document = byNumber(number);
        access.requireAt(Scopes.READ, document.getLocation());
        return DocumentView.of(document, retailer.digits());
    }

    /**
     * Voids a document issued in error, by whoever keeps the books: it keeps its number and amounts (a number is
     * never used again) and says when, why and by whom. Money is not given back by voiding: that is a credit note.
     *
     * @throws Refusal CONFLICT {@code document-voided} when it was voided before
     */
    public DocumentView voidDocument(String number, @NotNull @Valid VoidRequest request) {
        Caller caller = access.require(Scopes.BOOKS_ADMIN);
        SalesDocument document = byNumber(number);
        em.lock(document, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(document);
        if (document.getVoidedAt() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "document-voided", number + " was voided on "
                    + document.getVoidedAt() + ": " + document.getVoidReason());
        }
        document.voided(clock.instant(), request.reason().strip(), caller.id());
        return DocumentView.of(document, retailer.digits());
    }

    private SalesDocument byNumber(String number) {
        return em.createNamedQuery(SalesDocument.BY_NUMBER, SalesDocument.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                        "unknown-document", "there is no document " + number));
    }

    /** A location's documents issued from and to (exclusive), in number order. */
    public List<DocumentView> at(String location, Instant from, Instant to) {
        access.requireAt(Scopes.READ, location);
        return em.createNamedQuery(SalesDocument.AT_LOCATION, SalesDocument.class).setParameter("location", location)
                .setParameter("from", from).setParameter("to", to).setMaxResults(10_000).getResultStream()
                .map(d -> DocumentView.of(d, retailer.digits())).toList();
    }

    /** The documents of a source (a till receipt's reference), for whoever may see its location. */
    public List<DocumentView> of(String sourceType, String sourceId) {
        List<SalesDocument> found = em.createNamedQuery(SalesDocument.BY_SOURCE, SalesDocument.class)
                .setParameter("type", sourceType).setParameter("id", sourceId).getResultList();
        found.forEach(d -> access.requireAt(Scopes.READ, d.getLocation()));
        return found.stream().map(d -> DocumentView.of(d, retailer.digits())).toList();
    }
}
