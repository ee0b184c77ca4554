package org.omnistock.stock.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.operations.OperationsMetrics;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.stock.control.GroupCommit;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.entity.Reservation;
import org.omnistock.stock.entity.ReservationStatus;
import org.omnistock.stock.entity.StockRuleViolation;

/**
 * Holds stock for orders and carts, through the stock ledger. A request's lines are reserved in one transaction,
 * each under its level's row lock taken in SKU and location order (so two requests never wait on each other in a
 * circle): all lines are held, or the request is refused and nothing is.
 */
@Stateless
public class Reservations {

    /** The owner of a reservation an order holds: {@code order:<number>}. */
    public static final String ORDER_OWNER = "order:";

    /** Stripes of levels whose single-line requests are batched together; the batch sorts its locks. */
    private static final int GROUP_STRIPES = 256;
    private static final GroupCommit<Pending, List<ReservationView>> GROUPS = new GroupCommit<>(64);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Resource
    SessionContext context;

    @Inject
    StockLedger ledger;

    @Inject
    OperationsMetrics metrics;

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
     *
     * <p>The caller may reserve only at the locations it acts at. It is checked here, on the caller's own thread:
     * a batch runs on whichever waiting thread leads it, as that thread's caller.</p>
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReservationView> reserve(@NotNull @Valid ReservationRequest request,
                                         @Size(max = 200) String idempotencyKey) {
        Caller caller = mayReserve(request);
        Reservations self = context.getBusinessObject(Reservations.class);
        try {
            List<ReservationView> held;
            // A hold for a channel is checked against the channel's rules: alone, so its refusal is its own.
            if (request.lines().size() == 1 && channelOf(request, caller) == null) {
                ReservationRequest.Line line = request.lines().get(0);
                held = GROUPS.submit(Math.floorMod((line.sku() + '|' + line.locationId()).hashCode(),
                        GROUP_STRIPES), new Pending(request, blankToNull(idempotencyKey), caller.id()),
                        self::reserveTogether);
            } else {
                held = self.reserveAlone(request, idempotencyKey);
            }
            metrics.reservation(true);
            return held;
        } catch (Refusal refusal) {
            metrics.reservation(false);
            throw refusal;
        }
    }

    /** The caller, if it may reserve at every location of the request, and for its channel. */
    private Caller mayReserve(ReservationRequest request) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        request.lines().forEach(line -> access.requireAt(Scopes.ORDERS_WRITE, line.locationId()));
        channelOf(request, caller);
        return caller;
    }

    /**
     * The channel the stock is held for: a client bound to a channel holds for that one only.
     *
     * @throws Refusal FORBIDDEN {@code forbidden-channel} for another channel than the caller's
     */
    private static String channelOf(ReservationRequest request, Caller caller) {
        String asked = blankToNull(request.channel());
        if (caller.channel() != null && asked != null && !asked.equals(caller.channel())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-channel", caller + " holds stock only for channel "
                    + caller.channel() + ", not for " + asked);
        }
        return caller.channel() != null ? caller.channel() : asked;
    }

    /**
     * Single-line requests, each answered on its own, in one transaction, for {@link #reserve}, which checked each
     * caller: each level locked once, in SKU and
     * location order, and its requests checked one after the other against it, so that one refusal does not undo
     * the others. SKUs, locations and earlier uses of the requests' idempotency keys are looked up once per batch.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<GroupCommit.Outcome<List<ReservationView>>> reserveTogether(List<Pending> batch) {
        metrics.batch(batch.size());
        Instant now = clock.instant();
        Map<String, List<Reservation>> firstUses = firstUses(batch.stream().map(Pending::key)
                .filter(Objects::nonNull).distinct().toList());
        Map<LevelKey, List<Integer>> byLevel = new TreeMap<>(
                Comparator.comparing(k -> StockLedger.lockKey(k.sku(), k.locationId())));
        for (int i = 0; i < batch.size(); i++) {
            byLevel.computeIfAbsent(LevelKey.of(batch.get(i).line()), k -> new ArrayList<>()).add(i);
        }
        List<List<Reservation>> held = new ArrayList<>(Collections.nCopies(batch.size(), null));
        List<Refusal> refused = new ArrayList<>(Collections.nCopies(batch.size(), null));
        for (Map.Entry<LevelKey, List<Integer>> level : byLevel.entrySet()) {
            Optional<Refusal> unknown = Optional.empty();
            Sku sku = null;
            Location location = null;
            try {
                sku = sku(level.getKey().sku(), 1);
                location = location(level.getKey().locationId(), 1);
            } catch (Refusal refusal) {
                unknown = Optional.of(refusal);
            }
            // A key used twice in this batch: its second use waits for a later round, to be answered by the first.
            for (List<Integer> round : keyRounds(batch, level.getValue())) {
                List<Integer> toHold = new ArrayList<>();
                for (int i : round) {
                    Pending pending = batch.get(i);
                    if (pending.key() != null && firstUses.containsKey(pending.key())) {
                        try {
                            held.set(i, replay(pending.request(), pending.key(), firstUses.get(pending.key())));
                        } catch (Refusal refusal) {
                            refused.set(i, refusal);
                        }
                    } else if (unknown.isPresent()) {
                        refused.set(i, unknown.get());
                    } else {
                        toHold.add(i);
                    }
                }
                if (toHold.isEmpty()) {
                    continue;
                }
                LevelReservations taken = ledger.reserveEach(sku, location, toHold.stream()
                        .map(i -> new Hold(batch.get(i).line().quantity(), reference(batch.get(i).request())))
                        .toList());
                for (int j = 0; j < toHold.size(); j++) {
                    int i = toHold.get(j);
                    Pending pending = batch.get(i);
                    Optional<Refusal> refusal = taken.refusals().get(j);
                    if (refusal.isPresent()) {
                        refused.set(i, lineRefusal(1, refusal.get()));
                        continue;
                    }
                    Reservation reservation = new Reservation(taken.level(), pending.line().quantity(),
                            pending.request().reference(), pending.key(), 1, expiry(pending.request(), now), now,
                            pending.owner());
                    em.persist(reservation);
                    held.set(i, List.of(reservation));
                    if (pending.key() != null) {
                        firstUses.put(pending.key(), held.get(i));
                    }
                }
            }
        }
        em.flush();
        List<GroupCommit.Outcome<List<ReservationView>>> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(refused.get(i) != null ? GroupCommit.Outcome.refused(refused.get(i))
                    : GroupCommit.Outcome.of(held.get(i).stream().map(ReservationView::of).toList()));
        }
        return outcomes;
    }

    /** The requests of one level in rounds, in arrival order, no idempotency key twice in a round. */
    private static List<List<Integer>> keyRounds(List<Pending> batch, List<Integer> requests) {
        List<List<Integer>> rounds = new ArrayList<>();
        List<Integer> remaining = requests;
        while (!remaining.isEmpty()) {
            List<Integer> round = new ArrayList<>();
            List<Integer> later = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i : remaining) {
                String key = batch.get(i).key();
                (key == null || keys.add(key) ? round : later).add(i);
            }
            rounds.add(round);
            remaining = later;
        }
        return rounds;
    }

    /** A request's lines in one transaction of its own: all held, or refused with nothing held. */
    public List<ReservationView> reserveAlone(@NotNull @Valid ReservationRequest request,
                                              @Size(max = 200) String idempotencyKey) {
        Caller caller = mayReserve(request);
        String key = blankToNull(idempotencyKey);
        List<Reservation> first = key == null ? List.of() : firstUses(List.of(key)).getOrDefault(key, List.of());
        if (!first.isEmpty()) {
            return replay(request, key, first).stream().map(ReservationView::of).toList();
        }
        Instant now = clock.instant();
        Instant expiresAt = expiry(request, now);
        List<StockLedger.LevelWork<Reservation>> work = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            int number = i + 1;
            ReservationRequest.Line line = request.lines().get(i);
            Sku sku = sku(line.sku(), number);
            Location location = location(line.locationId(), number);
            work.add(new StockLedger.LevelWork<>(sku, location, () -> hold(sku, location, line.quantity(),
                    request.reference(), reference(request), key, number, expiresAt, caller.id())));
        }
        List<Reservation> held = ledger.inLockOrder(channelOf(request, caller), work);
        em.flush();
        return held.stream().map(ReservationView::of).toList();
    }

    /**
     * Holds stock for an order, in the caller's transaction, on behalf of the order capability (which chose the
     * locations): all lines or none, within the rules of the order's channel. Such a reservation is fulfilled or
     * released only through its order.
     *
     * @param owner   the order's owner id ({@code order:<number>})
     * @param channel the order's channel
     */
    public List<Reservation> holdForOrder(List<OrderHold> holds, String owner, String channel) {
        Instant now = clock.instant();
        List<StockLedger.LevelWork<Reservation>> work = new ArrayList<>();
        for (OrderHold hold : holds) {
            work.add(new StockLedger.LevelWork<>(hold.sku(), hold.location(), () -> hold(hold.sku(),
                    hold.location(), hold.quantity(), hold.reference(), hold.reference(), null, hold.lineNo(), null,
                    owner)));
        }
        List<Reservation> held = ledger.inLockOrder(channel, work);
        em.flush();
        return held;
    }

    /** What an order holds at one location for one of its lines. */
    public record OrderHold(Sku sku, Location location, int quantity, int lineNo, String reference) {
    }

    /** One line held at its level, or refused (and the whole request with it) if the level has too little. */
    private Reservation hold(Sku sku, Location location, long quantity, String reference, String movementReference,
                             String key, int lineNo, Instant expiresAt, String owner) {
        LevelReservations taken = ledger.reserveEach(sku, location, List.of(new Hold(quantity, movementReference)));
        Optional<Refusal> refusal = taken.refusals().get(0);
        if (refusal.isPresent()) {
            throw lineRefusal(lineNo, refusal.get());
        }
        Reservation reservation = new Reservation(taken.level(), quantity, reference, key, lineNo, expiresAt,
                clock.instant(), owner);
        em.persist(reservation);
        return reservation;
    }

    /** The reservations written under these idempotency keys, by key; keys not used before are absent. */
    private Map<String, List<Reservation>> firstUses(List<String> keys) {
        Map<String, List<Reservation>> firstUses = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createNamedQuery(Reservation.FIND_BY_REQUEST_KEYS, Reservation.class).setParameter("keys", keys)
                    .getResultStream().forEach(r -> firstUses.computeIfAbsent(r.getRequestKey(),
                            k -> new ArrayList<>()).add(r));
        }
        return firstUses;
    }

    private Sku sku(String code, int lineNumber) {
        return skus.find(code).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-sku",
                "line " + lineNumber + ": there is no SKU " + code));
    }

    private Location location(String code, int lineNumber) {
        return locations.find(code).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-location",
                "line " + lineNumber + ": there is no location " + code));
    }

    private static String reference(ReservationRequest request) {
        return "reservation " + request.reference();
    }

    /** A line's refusal as the caller is told it; a refused request holds nothing. */
    private static Refusal lineRefusal(int lineNumber, Refusal refusal) {
        return new Refusal(refusal.kind(), refusal.code(), "line " + lineNumber + ": " + refusal.getMessage()
                + "; nothing was reserved");
    }

    private static Instant expiry(ReservationRequest request, Instant now) {
        return request.holdSeconds() == null ? null : now.plusSeconds(request.holdSeconds());
    }

    /** The held quantity leaves with its order: reserved and on hand go down. Fulfilling twice is refused. */
    public ReservationView fulfil(long id) {
        return close(id, ReservationStatus.FULFILLED, access.require(Scopes.ORDERS_WRITE));
    }

    /** Gives the held quantity back to available. */
    public ReservationView release(long id) {
        return close(id, ReservationStatus.RELEASED, access.require(Scopes.ORDERS_WRITE));
    }

    /**
     * Gives back every open hold made under this reference (a cart's), in the caller's transaction: before the cart
     * holds again, or is placed as an order that routes in the same transaction and may then count on that stock.
     *
     * @return how many were let go
     */
    public int releaseHolds(String reference) {
        access.require(Scopes.ORDERS_WRITE);
        int released = 0;
        for (long id : em.createNamedQuery(Reservation.FIND_OPEN_BY_REFERENCE, Long.class)
                .setParameter("reference", reference).getResultList()) {
            Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (reservation.getStatus() == ReservationStatus.OPEN) {
                close(reservation, ReservationStatus.RELEASED);
                released++;
            }
        }
        return released;
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
        Caller caller = access.require(Scopes.READ);
        return Optional.ofNullable(em.find(Reservation.class, id)).filter(r -> visible(r, caller))
                .map(ReservationView::of);
    }

    /**
     * A reservation is its owner's, its location's and the admins' business; to anyone else it does not exist, so
     * that reservation ids cannot be probed.
     */
    private static boolean visible(Reservation reservation, Caller caller) {
        return caller.has(Scopes.ADMIN) || caller.id().equals(reservation.getOwner())
                || caller.isBound() && caller.actsAt(reservation.getLevel().getLocation().getCode());
    }

    private ReservationView close(long id, ReservationStatus outcome, Caller caller) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || !visible(reservation, caller)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-reservation", "there is no reservation " + id);
        }
        if (reservation.getOwner() != null && reservation.getOwner().startsWith(ORDER_OWNER)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "reservation-of-order", "reservation " + id + " holds stock for "
                    + reservation.getOwner().substring(ORDER_OWNER.length()) + "; it ends with its order's "
                    + "fulfilment or cancellation");
        }
        close(reservation, outcome);
        return ReservationView.of(reservation);
    }

    /**
     * Ends a reservation an order holds, for the order capability: its units leave with the order (fulfilled) or go
     * back to available (released). Ending one that has already ended changes nothing.
     */
    public void endForOrder(long id, ReservationStatus outcome) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null && reservation.getStatus() == ReservationStatus.OPEN) {
            close(reservation, outcome);
        }
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

    /** The first use of an idempotency key, if this request is the same one again; refused if it is not. */
    private static List<Reservation> replay(ReservationRequest request, String key, List<Reservation> first) {
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
        return first;
    }

    /**
     * A single-line request waiting for its batch.
     *
     * @param owner the caller that asked ({@code Caller.id()})
     */
    public record Pending(ReservationRequest request, String key, String owner) {

        ReservationRequest.Line line() {
            return request.lines().get(0);
        }
    }

    /** A level by its codes. */
    private record LevelKey(String sku, String locationId) {

        static LevelKey of(ReservationRequest.Line line) {
            return new LevelKey(line.sku(), line.locationId());
        }
    }
}
