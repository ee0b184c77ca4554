package org.omnistock.tillday.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.document.boundary.Documents;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.LocationType;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.Money;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.tillday.entity.TillDay;

/** A store's till days and their X and Z reports (the package documentation). */
@Stateless
public class TillDays {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    TillDays self;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    Journal journal;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    @Inject
    Documents documents;

    private static final Logger LOG = Logger.getLogger(TillDays.class.getName());
    /** The most receipts one fold numbers and counts: a backlog is folded over several runs. */
    private static final int FOLD_BATCH = 2_000;
    /** Pending receipts deleted by one statement. */
    private static final int DELETE_IDS = 500;

    /**
     * Leaves a recorded receipt to be numbered and counted into its store's open day, in the sale's transaction: an
     * insert only, so that no sale waits on its store's day or document series. The next fold (within a second, or
     * the store's next close or X report) numbers it and counts it, in one day exactly.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void pend(String store, String sourceType, String sourceId, DocumentKind kind, Instant issuedAt,
                     BigDecimal gross, BigDecimal tax, List<DayTotal> totals) {
        em.createNativeQuery("INSERT INTO receipt_pending (store_code, source_type, source_id, kind, issued_at, gross, "
                + "tax, totals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, store).setParameter(2, sourceType)
                .setParameter(3, sourceId).setParameter(4, kind.name()).setParameter(5, Timestamp.from(issuedAt))
                .setParameter(6, gross).setParameter(7, tax)
                .setParameter(8, JsonCodec.toJson(totals.toArray(new DayTotal[0])))
                // The row refers to nothing the transaction may not have written yet: no need to write that first.
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    /** Every second: each store's pending receipts numbered and counted into its open day. */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void foldAll() {
        for (Object store : em.createNativeQuery("SELECT DISTINCT store_code FROM receipt_pending").getResultList()) {
            try {
                self.foldStore((String) store);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "the receipts of " + store + " are folded at the next run");
            }
        }
    }

    /**
     * Numbers and counts the store's pending receipts into its open day (opened first if none is), under the day's
     * lock, in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void foldStore(String store) {
        TillDay open = openDay(store);
        if (open == null) {
            self.openImplicitly(store);
            open = openDay(store);
        }
        if (open != null) {
            TillDay day = locked(open);
            if (day.isOpen()) {
                foldInto(day);
            }
        }
    }

    /** The day, its row locked by this transaction and read again: a close or fold before may have changed it. */
    private TillDay locked(TillDay day) {
        TillDay held = em.find(TillDay.class, day.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(held);
        return held;
    }

    /**
     * Numbers the store's pending receipts in the order they came and adds them to the day, whose row the caller
     * holds: a second fold of the store waits for it, then finds them gone.
     */
    private void foldInto(TillDay day) {
        ZoneId zone = locations.require(day.getStore()).zone();
        Map<String, DayTotal> sums = new TreeMap<>();
        List<Long> folded = new ArrayList<>();
        List<Documents.Unnumbered> unnumbered = new ArrayList<>();
        for (Object found : em.createNativeQuery("SELECT id, source_id, kind, issued_at, gross, tax, totals, source_type FROM "
                + "receipt_pending WHERE store_code = ? ORDER BY id").setParameter(1, day.getStore())
                .setMaxResults(FOLD_BATCH).getResultList()) {
            Object[] row = (Object[]) found;
            BigDecimal gross = Money.stored((BigDecimal) row[4], retailer.digits());
            BigDecimal tax = Money.stored((BigDecimal) row[5], retailer.digits());
            unnumbered.add(new Documents.Unnumbered(DocumentKind.valueOf((String) row[2]),
                    ((Timestamp) row[3]).toInstant(), (String) row[7], (String) row[1], gross, tax));
            for (DayTotal total : JsonCodec.fromJson((String) row[6], DayTotal[].class)) {
                sums.merge(total.kind() + "/" + total.key(), total, (a, b) -> new DayTotal(a.kind(), a.key(),
                        a.amount().add(b.amount()), a.base().add(b.base()), a.entries() + b.entries()));
            }
            folded.add(((Number) row[0]).longValue());
        }
        if (folded.isEmpty()) {
            return;
        }
        documents.issueAll(day.getStore(), zone, unnumbered);
        for (DayTotal total : sums.values()) {
            int raised = em.createNativeQuery("UPDATE till_day_total SET amount = amount + ?, base = base + ?, "
                    + "entries = entries + ? WHERE day_id = ? AND total_kind = ? AND total_key = ?")
                    .setParameter(1, total.amount()).setParameter(2, total.base()).setParameter(3, total.entries())
                    .setParameter(4, day.getId()).setParameter(5, total.kind()).setParameter(6, total.key())
                    .executeUpdate();
            if (raised == 0) {
                em.createNativeQuery("INSERT INTO till_day_total (day_id, total_kind, total_key, amount, base, "
                        + "entries) VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, day.getId())
                        .setParameter(2, total.kind()).setParameter(3, total.key()).setParameter(4, total.amount())
                        .setParameter(5, total.base()).setParameter(6, total.entries()).executeUpdate();
            }
        }
        day.counted(folded.size());
        for (int from = 0; from < folded.size(); from += DELETE_IDS) {
            List<Long> chunk = folded.subList(from, Math.min(folded.size(), from + DELETE_IDS));
            Query delete = em.createNativeQuery("DELETE FROM receipt_pending WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
        em.flush();
    }

    /**
     * A day opened by the first receipt recorded after the last close (no float counted in), in a transaction of its
     * own so that two first receipts do not both open one: one insert wins, the other finds it open.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openImplicitly(String store) {
        try {
            em.persist(new TillDay(store, clock.instant(), "first receipt", BigDecimal.ZERO));
            em.flush();
        } catch (PersistenceException e) {
            // Another receipt opened it first.
        }
    }

    /** Opens the store's day with the float in its tills. */
    public DayReport open(String store, @NotNull @Valid DayOpen request) {
        Caller caller = access.requireAt(Scopes.TILL_DAYS, store);
        requireStore(store);
        if (openDay(store) != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "day-open", store + " has a day open: close it first");
        }
        TillDay day = new TillDay(store, clock.instant(), caller.id(), Money.round(request.openingFloat(),
                retailer.digits()));
        em.persist(day);
        em.flush();
        return report(day);
    }

    /** The open day's X report: its totals so far, with the receipts recorded until now folded in first. */
    public DayReport current(String store) {
        access.requireAt(Scopes.TILL_DAYS, store);
        requireStore(store);
        if (pending(store)) {
            self.foldStore(store);
        }
        TillDay day = openDay(store);
        if (day == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "no-open-day", store + " has no day open; its next receipt "
                    + "opens one");
        }
        return report(day);
    }

    /**
     * Closes the store's open day with the cash counted: its Z report. A difference from the expected cash needs a
     * reason and is posted to cash over and short. Receipts being recorded as it closes are counted in it first
     * (the close waits for the day's row); later ones open the next day.
     */
    public DayReport close(String store, @NotNull @Valid DayClose request) {
        Caller caller = access.requireAt(Scopes.TILL_DAYS, store);
        requireStore(store);
        TillDay open = openDay(store);
        if (open == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "no-open-day", store + " has no day open");
        }
        TillDay day = locked(open);
        if (!day.isOpen()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "day-closed", "the day was closed meanwhile");
        }
        while (pending(store)) {
            foldInto(day);
        }
        BigDecimal expected = expectedCash(day, totals(day.getId()));
        BigDecimal counted = Money.round(request.countedCash(), retailer.digits());
        BigDecimal difference = counted.subtract(expected);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (difference.signum() != 0 && reason == null) {
            throw new Refusal(Refusal.Kind.INVALID, "reason-required", "the cash counted is " + counted
                    + ", the tills should hold " + expected + ": say why they differ by " + difference);
        }
        Instant now = clock.instant();
        day.close(now, caller.id(), counted, difference, reason);
        if (difference.signum() != 0) {
            journal.post(Posting.of(Vocabulary.TILL_DAY_CLOSED, "till-day", store + "/" + day.getId(), store, null,
                    now).line(Vocabulary.CASH, null, difference).line(Vocabulary.CASH_DIFFERENCE, null,
                    difference.negate()));
        }
        em.flush();
        return report(day);
    }

    /** A day's report: X while open, Z once closed. */
    public DayReport day(long id) {
        TillDay day = em.find(TillDay.class, id);
        if (day == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-day", "there is no till day " + id);
        }
        access.requireAt(Scopes.TILL_DAYS, day.getStore());
        return report(day);
    }

    /** The store's days, the newest first (at most 90). */
    public List<DayReport> days(String store) {
        access.requireAt(Scopes.TILL_DAYS, store);
        requireStore(store);
        return em.createNamedQuery(TillDay.OF_STORE, TillDay.class).setParameter("store", store).setMaxResults(90)
                .getResultStream().map(this::report).toList();
    }

    private TillDay openDay(String store) {
        return em.createNamedQuery(TillDay.OPEN_AT, TillDay.class).setParameter("store", store).getResultStream()
                .findFirst().orElse(null);
    }

    private boolean pending(String store) {
        return !em.createNativeQuery("SELECT id FROM receipt_pending WHERE store_code = ?").setParameter(1, store)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private void requireStore(String store) {
        if (locations.require(store).getType() != LocationType.STORE) {
            throw new Refusal(Refusal.Kind.INVALID, "not-a-store", store + " is not a store: it has no tills");
        }
    }

    private List<DayTotal> totals(long day) {
        List<DayTotal> totals = new ArrayList<>();
        for (Object found : em.createNativeQuery("SELECT total_kind, total_key, amount, base, entries FROM "
                + "till_day_total WHERE day_id = ? ORDER BY total_kind, total_key").setParameter(1, day)
                .getResultList()) {
            Object[] row = (Object[]) found;
            totals.add(new DayTotal((String) row[0], (String) row[1], Money.stored((BigDecimal) row[2],
                    retailer.digits()), Money.stored((BigDecimal) row[3], retailer.digits()),
                    ((Number) row[4]).longValue()));
        }
        return totals;
    }

    private BigDecimal expectedCash(TillDay day, List<DayTotal> totals) {
        return totals.stream().filter(t -> t.kind().equals(DayTotal.TENDER) && t.key().equals("CASH"))
                .map(DayTotal::amount).reduce(Money.stored(day.getOpeningFloat(), retailer.digits()),
                        BigDecimal::add);
    }

    private DayReport report(TillDay day) {
        List<DayTotal> totals = totals(day.getId());
        int digits = retailer.digits();
        return new DayReport(day.getId(), day.getStore(), day.isOpen() ? "OPEN" : "CLOSED", day.getOpenedAt(),
                day.getOpenedBy(), Money.stored(day.getOpeningFloat(), digits), day.getReceipts(), totals,
                expectedCash(day, totals), day.getClosedAt(), day.getClosedBy(),
                day.getCountedCash() == null ? null : Money.stored(day.getCountedCash(), digits),
                day.getCashDifference() == null ? null : Money.stored(day.getCashDifference(), digits),
                day.getDifferenceReason());
    }
}
