package org.omnistock.stock.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.GroupCommit;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.entity.Reservation;
import org.omnistock.stock.entity.ReservationStatus;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;
import org.omnistock.stock.entity.StockRuleViolation;

/**
 * Holds stock for orders and carts, through the stock ledger. A request's lines are reserved in one transaction,
 * each under its level's row lock taken in SKU and location order (so two requests never wait on each other in a
 * circle): all lines are held, or the request is refused and nothing is.
 */
@Stateless
public class Reservations {

    /** Stripes of levels whose single-line requests are batched together; the batch sorts its locks. */
    private static final int GROUP_STRIPES = 256;
    private static final GroupCommit<Pending, List<ReservationView>> GROUPS = new GroupCommit<>(64);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    StockLedger ledger;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    Clock clock;

    /**
     * With an idempotency key, the same request again returns the first result and holds nothing more.
     *
     * <p>A request of one line joins the others waiting for the same level (group commit): the first of them
     * reserves for all, in one transaction, under one lock and one commit, so that a hot SKU is not limited to one
     * commit per reservation. Each request still gets its own answer, and a refused one changes nothing. A request
     * of several lines runs in a transaction of its own.</p>
     *
     * <p>Either way it commits on its own, never in the caller's transaction; a caller whose own transaction must
     * hold the reservation (and undo it if it rolls back) calls {@link #reserveAlone} instead.</p>
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReservationView> reserve(@NotNull @Valid ReservationRequest request,
                                         @Size(max = 200) String idempotencyKey) {
        Reservations self = context.getBusinessObject(Reservations.class);
        if (request.lines().size() == 1) {
            ReservationRequest.Line line = request.lines().get(0);
            return GROUPS.submit(Math.floorMod((line.sku() + '|' + line.locationId()).hashCode(), GROUP_STRIPES),
                    new Pending(request, blankToNull(idempotencyKey)), self::reserveTogether);
        }
        return self.reserveAlone(request, idempotencyKey);
    }

    /**
     * Single-line requests, each answered on its own, in one transaction: levels locked in SKU and location order,
     * each checked before it is posted, so that one refusal does not undo the others.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<GroupCommit.Outcome<List<ReservationView>>> reserveTogether(List<Pending> batch) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> batch.get(i).line().sku())
                .thenComparing(i -> batch.get(i).line().locationId()));
        List<GroupCommit.Outcome<List<ReservationView>>> outcomes = new ArrayList<>(batch.size());
        batch.forEach(pending -> outcomes.add(null));
        for (int i : order) {
            Pending pending = batch.get(i);
            try {
                outcomes.set(i, GroupCommit.Outcome.of(reserveChecked(pending)));
            } catch (Refusal refusal) {
                outcomes.set(i, GroupCommit.Outcome.refused(refusal));
            }
        }
        em.flush();
        return outcomes;
    }

    /** One single-line request of a batch. */
    private List<ReservationView> reserveChecked(Pending pending) {
        ReservationRequest request = pending.request();
        Optional<List<ReservationView>> replayed = replayed(request, pending.key());
        if (replayed.isPresent()) {
            return replayed.get();
        }
        Instant now = clock.instant();
        Reservation reservation = hold(request, 1, pending.key(), expiry(request, now), now);
        em.flush();
        return List.of(ReservationView.of(reservation));
    }

    /** A request's lines in one transaction of its own: all held, or refused with nothing held. */
    public List<ReservationView> reserveAlone(@NotNull @Valid ReservationRequest request,
                                              @Size(max = 200) String idempotencyKey) {
        String key = blankToNull(idempotencyKey);
        Optional<List<ReservationView>> replayed = replayed(request, key);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        Instant now = clock.instant();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int number = 1; number <= request.lines().size(); number++) {
            lineNumbers.add(number);
        }
        lineNumbers.sort(Comparator.comparing((Integer n) -> request.lines().get(n - 1).sku())
                .thenComparing(n -> request.lines().get(n - 1).locationId()));
        Instant expiresAt = expiry(request, now);
        List<Reservation> held = new ArrayList<>();
        for (int number : lineNumbers) {
            held.add(hold(request, number, key, expiresAt, now));
        }
        em.flush();
        return held.stream().sorted(Comparator.comparingInt(Reservation::getLineNo)).map(ReservationView::of)
                .toList();
    }

    /** The first result of this idempotency key, if it was used before. */
    private Optional<List<ReservationView>> replayed(ReservationRequest request, String key) {
        if (key == null) {
            return Optional.empty();
        }
        List<Reservation> first = em.createNamedQuery(Reservation.FIND_BY_REQUEST_KEY, Reservation.class)
                .setParameter("key", key).getResultList();
        return first.isEmpty() ? Optional.empty() : Optional.of(replay(request, key, first));
    }

    /**
     * Holds one line under its level's lock, or throws its refusal having written nothing. The ledger is asked first
     * whether it would refuse, because a refused posting rolls the whole transaction back, and a batch answers each
     * of its requests on its own.
     */
    private Reservation hold(ReservationRequest request, int number, String key, Instant expiresAt, Instant now) {
        ReservationRequest.Line line = request.lines().get(number - 1);
        Sku sku = skus.find(line.sku()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-sku",
                "line " + number + ": there is no SKU " + line.sku()));
        Location location = locations.find(line.locationId()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "unknown-location", "line " + number + ": there is no location " + line.locationId()));
        Optional<Refusal> refused = ledger.reservationRefusal(sku, location, line.quantity());
        if (refused.isPresent()) {
            throw new Refusal(refused.get().kind(), refused.get().code(), "line " + number + ": "
                    + refused.get().getMessage() + "; nothing was reserved");
        }
        PostedMovement posted = ledger.reserve(sku, location, line.quantity(), "reservation " + request.reference());
        // The ledger wrote the movement in this transaction: its level is already managed here, no query.
        StockLevel level = em.find(StockMovement.class, posted.movement().id()).getLevel();
        Reservation reservation = new Reservation(level, line.quantity(), request.reference(), key, number,
                expiresAt, now);
        em.persist(reservation);
        return reservation;
    }

    private static Instant expiry(ReservationRequest request, Instant now) {
        return request.holdSeconds() == null ? null : now.plusSeconds(request.holdSeconds());
    }

    /** The held quantity leaves with its order: reserved and on hand go down. Fulfilling twice is refused. */
    public ReservationView fulfil(long id) {
        return close(id, ReservationStatus.FULFILLED);
    }

    /** Gives the held quantity back to available. */
    public ReservationView release(long id) {
        return close(id, ReservationStatus.RELEASED);
    }

    /** Releases a cart hold whose time ran out; does nothing if it has ended meanwhile. */
    public void expire(long id) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null && reservation.getStatus() == ReservationStatus.OPEN) {
            close(reservation, ReservationStatus.EXPIRED);
        }
    }

    /** Open reservations whose hold time has run out, oldest first. */
    public List<Long> dueForExpiry(int max) {
        return em.createNamedQuery(Reservation.FIND_DUE, Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    public Optional<ReservationView> find(long id) {
        return Optional.ofNullable(em.find(Reservation.class, id)).map(ReservationView::of);
    }

    private ReservationView close(long id, ReservationStatus outcome) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-reservation", "there is no reservation " + id);
        }
        close(reservation, outcome);
        return ReservationView.of(reservation);
    }

    private void close(Reservation reservation, ReservationStatus outcome) {
        try {
            reservation.close(outcome, clock.instant());
        } catch (StockRuleViolation e) {
            throw new Refusal(Refusal.Kind.CONFLICT, e.code(), e.getMessage());
        }
        Sku sku = reservation.getLevel().getSku();
        Location location = reservation.getLevel().getLocation();
        String reference = "reservation " + reservation.getId() + " " + outcome.name().toLowerCase();
        if (outcome == ReservationStatus.FULFILLED) {
            ledger.fulfil(sku, location, reservation.getQuantity(), reference);
        } else {
            ledger.release(sku, location, reservation.getQuantity(), reference);
        }
    }

    private static List<ReservationView> replay(ReservationRequest request, String key, List<Reservation> first) {
        boolean same = first.size() == request.lines().size();
        for (int i = 0; same && i < first.size(); i++) {
            Reservation held = first.get(i);
            ReservationRequest.Line line = request.lines().get(held.getLineNo() - 1);
            same = held.getReference().equals(request.reference())
                    && held.getLevel().getSku().getCode().equals(line.sku())
                    && held.getLevel().getLocation().getCode().equals(line.locationId())
                    && held.getQuantity() == line.quantity();
        }
        if (!same) {
            throw new Refusal(Refusal.Kind.CONFLICT, "idempotency-key-reused",
                    "idempotency key " + key + " was already used for a different reservation");
        }
        return first.stream().map(ReservationView::of).toList();
    }

    /** A single-line request waiting for its batch. */
    public record Pending(ReservationRequest request, String key) {

        ReservationRequest.Line line() {
            return request.lines().get(0);
        }
    }
}
