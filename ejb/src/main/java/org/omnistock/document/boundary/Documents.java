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
import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxRate;
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

    /**
     * Values bound to one statement of {@link #issueAll}: as many rows as fit. EclipseLink keeps a native query's
     * parameters in a list it searches on every bind, so a statement's cost grows with the square of its
     * parameters: 200 documents a statement (1,600 parameters) took a sixth of the server's CPU under 600 till
     * sales a second (docs/benchmarks.md, B3).
     */
    private static final int INSERT_PARAMETERS = 120;

    /** A location's series of one kind of document in one year. */
    private record Series(DocumentKind kind, int year) {
    }

    /**
     * A document to number: what {@link #issueAll} is given.
     *
     * @param lines what it prints, kept with it (an order's invoice, a return's credit note); empty for a document
     *              whose source prints it (a till receipt's sale)
     * @param taxes its tax by component and rate, kept with it as {@code lines}
     */
    public record Unnumbered(DocumentKind kind, Instant issuedAt, String sourceType, String sourceId,
                             BigDecimal gross, BigDecimal tax, List<Line> lines, List<TaxAmount> taxes) {

        /** A document its source prints. */
        public Unnumbered(DocumentKind kind, Instant issuedAt, String sourceType, String sourceId, BigDecimal gross,
                          BigDecimal tax) {
            this(kind, issuedAt, sourceType, sourceId, gross, tax, List.of(), List.of());
        }
    }

    /**
     * A line a document prints: negative quantity and amounts on a credit note.
     *
     * @param amount what the units cost, tax included
     * @param note   why they came back (their condition), or null
     */
    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal tax,
                       String note) {

        /** What a document's shipping line prints in the SKU's place. */
        public static final String SHIPPING = "SHIPPING";

        /** The shipping charge (given back: negative). */
        public static Line shipping(BigDecimal amount, BigDecimal tax) {
            return new Line(SHIPPING, "Shipping", amount.signum() < 0 ? -1 : 1, amount.abs(), amount, tax, null);
        }
    }

    /** A document with what it prints (empty for one its source prints): its tax by component and rate. */
    public record Printed(DocumentView document, List<Line> lines, List<TaxAmount> taxes) {
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
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> taxRows = new ArrayList<>();
        bySeries.forEach((series, ofSeries) -> {
            String letter = series.kind().letter();
            long next = numbers.nextNumbers(location + "/" + letter, series.year(), ofSeries.size());
            for (Unnumbered document : ofSeries) {
                String number = String.format("%s-%d-%s%06d", location, series.year(), letter, next++);
                rows.add(new Object[] {number, series.kind().name(), location, Timestamp.from(document.issuedAt()),
                        document.sourceType(), document.sourceId(), document.gross(), document.tax()});
                int lineNo = 1;
                for (Line line : document.lines()) {
                    lineRows.add(new Object[] {number, lineNo++, line.sku(), line.name(), line.quantity(),
                            line.unitPrice(), line.amount(), line.tax(), line.note()});
                }
                int entryNo = 0;
                for (TaxAmount tax : document.taxes()) {
                    taxRows.add(new Object[] {number, entryNo++, tax.name(), tax.percent(), tax.base(), tax.tax()});
                }
            }
        });
        insert("sales_document (document_number, kind, location_code, issued_at, source_type, source_id, gross, "
                + "tax)", rows);
        insert("sales_document_line (document_number, line_no, sku, name, quantity, unit_price, amount, tax, note)",
                lineRows);
        insert("sales_document_tax (document_number, entry_no, name, percent, base, tax)", taxRows);
    }

    /** Writes rows into a table (and its columns, in the rows' order) in few statements. */
    private void insert(String tableAndColumns, List<Object[]> rows) {
        int rowsPerStatement = rows.isEmpty() ? 1 : Math.max(1, INSERT_PARAMETERS / rows.get(0).length);
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            String values = "(" + "?, ".repeat(chunk.get(0).length - 1) + "?)";
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(values);
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

    /** A document by its number with what it prints, for whoever may see its location. */
    public Printed printed(String number) {
        DocumentView document = find(number);
        int digits = retailer.digits();
        List<Line> lines = rows("SELECT sku, name, quantity, unit_price, amount, tax, note FROM sales_document_line "
                + "WHERE document_number = ? ORDER BY line_no", number).stream().map(r -> new Line((String) r[0],
                (String) r[1], ((Number) r[2]).intValue(), r[3] == null ? null : Money.stored(decimal(r[3]), digits),
                Money.stored(decimal(r[4]), digits), Money.stored(decimal(r[5]), digits), (String) r[6])).toList();
        List<TaxAmount> taxes = rows("SELECT name, percent, base, tax FROM sales_document_tax WHERE document_number "
                + "= ? ORDER BY entry_no", number).stream().map(r -> new TaxAmount((String) r[0],
                TaxRate.plain(decimal(r[1])),
                Money.stored(decimal(r[2]), digits), Money.stored(decimal(r[3]), digits))).toList();
        return new Printed(document, lines, taxes);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String number) {
        return em.createNativeQuery(sql).setParameter(1, number).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
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
