package org.omnistock.tillday.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.LocationType;
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

    /**
     * Adds a recorded receipt to its store's open day ({@link #ensureOpen} first), in the sale's transaction: the
     * day's row is held from here to the commit, so a close waits for the receipts being recorded and every receipt
     * is in exactly one day. Call it last, with the document number, before the commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void count(String store, List<DayTotal> increments) {
        long day = lockOpenDay(store);
        List<DayTotal> ordered = new ArrayList<>(increments);
        ordered.sort(Comparator.comparing(DayTotal::kind).thenComparing(DayTotal::key));
        for (DayTotal total : ordered) {
            int raised = em.createNativeQuery("UPDATE till_day_total SET amount = amount + ?, base = base + ?, "
                    + "entries = entries + 1 WHERE day_id = ? AND total_kind = ? AND total_key = ?")
                    .setParameter(1, total.amount()).setParameter(2, total.base()).setParameter(3, day)
                    .setParameter(4, total.kind()).setParameter(5, total.key()).executeUpdate();
            if (raised == 0) {
                // Nobody else adds to this day meanwhile: its row is held by this transaction.
                em.createNativeQuery("INSERT INTO till_day_total (day_id, total_kind, total_key, amount, base, "
                        + "entries) VALUES (?, ?, ?, ?, ?, 1)").setParameter(1, day).setParameter(2, total.kind())
                        .setParameter(3, total.key()).setParameter(4, total.amount()).setParameter(5, total.base())
                        .executeUpdate();
            }
        }
    }

    /**
     * The store's open day, raised by one receipt and so held by this transaction until it commits. A day closed
     * since {@link #ensureOpen} found it open fails the receipt's transaction, whose message is then delivered again
     * and recorded into the next day: opening a day here, after the receipt's locks were taken, could wait on them.
     */
    private long lockOpenDay(String store) {
        Long day = openDayId(store);
        if (day == null || em.createNativeQuery("UPDATE till_day SET receipts = receipts + 1 WHERE id = ? AND "
                + "open_store IS NOT NULL").setParameter(1, day).executeUpdate() != 1) {
            throw new IllegalStateException("the till day of " + store + " closed while a receipt was recorded: "
                    + "it is recorded again, into the next day");
        }
        return day;
    }

    /**
     * Opens the store's day if none is open, before a receipt takes any lock (its transaction calls this first): in
     * a transaction of its own, so that two first receipts do not both open one (one insert wins, the other finds
     * it open).
     */
    public void ensureOpen(String store) {
        if (openDayId(store) == null) {
            self.openImplicitly(store);
        }
    }

    private Long openDayId(String store) {
        return em.createQuery("SELECT d.id FROM TillDay d WHERE d.openStore = :store", Long.class)
                .setParameter("store", store).getResultStream().findFirst().orElse(null);
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

    /** The open day's X report: its totals so far. */
    public DayReport current(String store) {
        access.requireAt(Scopes.TILL_DAYS, store);
        requireStore(store);
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
        TillDay day = em.find(TillDay.class, open.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(day);
        if (!day.isOpen()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "day-closed", "the day was closed meanwhile");
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
