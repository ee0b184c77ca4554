package org.omnistock.stock.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.RequestDigest;
import org.omnistock.stock.control.StockEvents;
import org.omnistock.stock.entity.AdjustmentReason;
import org.omnistock.stock.entity.Incoming;
import org.omnistock.stock.entity.MovementType;
import org.omnistock.stock.entity.StockChange;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;
import org.omnistock.stock.entity.StockRuleViolation;
import org.omnistock.stock.entity.StockState;

/**
 * The one stock ledger: every change of on hand, from any channel, is posted here. See the package documentation
 * for the model and the rules.
 */
@Stateless
public class StockLedger {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockEvents events;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The one order in which levels are locked: by SKU code, then location code. Work on several levels in one
     * transaction goes through {@link #inLockOrder}, so that two transactions never wait on each other in a circle.
     */
    public static final Comparator<LevelWork<?>> LOCK_ORDER = Comparator.comparing(
            w -> lockKey(w.sku().getCode(), w.location().getCode()));

    /** A level's place in {@link #LOCK_ORDER}, for work that groups levels itself (a batch of reservations). */
    public static String lockKey(String skuCode, String locationCode) {
        // No code contains U+0000, so this sorts as (SKU, location) does.
        return skuCode + '\u0000' + locationCode;
    }

    /** Work on one stock level (a posting, a reservation), as part of a multi-level posting. */
    public record LevelWork<T>(Sku sku, Location location, Supplier<T> work) {
    }

    /**
     * A multi-level posting: runs the work in the caller's transaction, level by level in {@link #LOCK_ORDER}
     * whatever order the caller has it in (sales lines, a transfer's two ends, an order's reservations), and returns
     * the results in the caller's order. Channels recompute what they may sell once every level is locked
     * ({@link StockEvents#deferLevelChanges}): levels first, then channels' rows, in every transaction.
     * <p>
     * Locking a level does not flush ({@link #lockIfExists}), so the work's writes wait in the unit of work and go
     * to the database together, in one batch per statement, instead of level by level between the locks.
     */
    public <T> List<T> inLockOrder(List<LevelWork<T>> work) {
        return inLockOrder(null, work);
    }

    /**
     * A multi-level posting that takes stock for a sales channel (an order's reservations, a cart's hold): the
     * channel's rules are kept, or the posting is refused ({@link org.omnistock.stock.control.StockLevelsChanged#forChannel}).
     */
    public <T> List<T> inLockOrder(String forChannel, List<LevelWork<T>> work) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(work::get, LOCK_ORDER));
        List<T> results = new ArrayList<>(Collections.nCopies(work.size(), null));
        boolean outermost = events.deferLevelChanges(forChannel);
        boolean done = false;
        try {
            for (int i : order) {
                results.set(i, work.get(i).work().get());
            }
            done = true;
        } finally {
            if (outermost) {
                events.announceDeferred(done);
            }
        }
        return results;
    }

    /** A receipt whose reference names an open announcement at that location settles it. */
    public PostedMovement receive(@NotNull @Valid StockReceipt receipt, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, receipt.locationId());
        return post(new Posting(MovementType.RECEIPT, receipt.sku(), receipt.locationId(), null,
                        receipt.reference(), idempotencyKey, receipt.occurredAt(), receipt.quantity()),
                settling(receipt.reference(), receipt.quantity()));
    }

    /** Receives the units, settling the announcement open under the reference with them if there is one. */
    private Operation settling(String reference, long quantity) {
        return (level, now) -> {
            Optional<Incoming> announced = reference == null ? Optional.empty() : openAnnouncement(level, reference);
            if (announced.isEmpty()) {
                return level.receive(quantity, now);
            }
            announced.get().received(quantity, now);
            return level.receiveAnnounced(quantity, announced.get().getQuantity(), now);
        };
    }

    /**
     * One line of a delivery as it came, for a caller that checks who may and posts a delivery's lines in lock order
     * ({@link Deliveries}; the demo's opening stock, as the system): settles the line's announcement with what came
     * (none: the announcement is closed, nothing goes on hand), or receives what came without being announced.
     */
    public PostedMovement receiveDeliveryLine(Sku sku, Location location, String reference, long quantity) {
        if (quantity == 0) {
            return post(sku, location, new Posting(MovementType.EXPECTATION_WITHDRAWN, sku.getCode(),
                    location.getCode(), null, reference, null, null), (level, now) -> {
                        Incoming announced = openAnnouncement(level, reference).orElseThrow(
                                () -> new StockRuleViolation("not-incoming", sku.getCode() + " is not announced under "
                                        + reference));
                        announced.received(0, now);
                        return level.unexpect(announced.getQuantity(), now);
                    });
        }
        return post(sku, location, new Posting(MovementType.RECEIPT, sku.getCode(), location.getCode(), null,
                reference, null, null, quantity), settling(reference, quantity));
    }

    /** The announcement still open at this level under this reference, if there is one. */
    private Optional<Incoming> openAnnouncement(StockLevel level, String reference) {
        return em.createNamedQuery(Incoming.FIND_OPEN, Incoming.class).setParameter("level", level)
                .setParameter("reference", reference.strip()).getResultStream().findFirst();
    }

    /** Announces goods for a location; one announcement per location and reference. */
    public PostedMovement expect(@NotNull @Valid ExpectedStock expected, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, expected.locationId());
        return post(new Posting(MovementType.EXPECTED, expected.sku(), expected.locationId(), null,
                        expected.reference(), idempotencyKey, null, expected.quantity(), expected.expectedAt()),
                (level, now) -> announce(level, expected.quantity(), expected.expectedAt(), expected.reference(), now));
    }

    private StockChange announce(StockLevel level, long quantity, Instant expectedAt, String reference, Instant now) {
        String key = reference.strip();
        if (!em.createNamedQuery(Incoming.FIND_BY_REFERENCE, Incoming.class).setParameter("level", level)
                .setParameter("reference", key).getResultList().isEmpty()) {
            throw new StockRuleViolation("incoming-exists", key + " was already announced here");
        }
        em.persist(new Incoming(level, quantity, expectedAt, key, now));
        return level.expect(quantity, now);
    }

    /** A customer's return, at any location, of an order from any channel: on hand up, in the state it is in. */
    public PostedMovement takeBack(@NotNull @Valid CustomerReturn customerReturn,
                                   @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, customerReturn.locationId());
        return post(new Posting(MovementType.RETURN, customerReturn.sku(), customerReturn.locationId(), null,
                        customerReturn.reference(), idempotencyKey, customerReturn.occurredAt(),
                        customerReturn.quantity(), customerReturn.condition()),
                (level, now) -> level.takeBack(customerReturn.quantity(), customerReturn.condition(), now));
    }

    /** A transfer's units leave their location; {@link Transfers} posts both ends in lock order. */
    public PostedMovement transferOut(Sku sku, Location from, long quantity, String reference) {
        return post(sku, from, new Posting(MovementType.TRANSFER_OUT, sku.getCode(), from.getCode(), null, reference,
                null, null, quantity), (level, now) -> level.transferOut(quantity, now));
    }

    /**
     * Units announced at a location under a reference, for a capability that has checked who may: a transfer at
     * its destination, an order shipped to a store for pickup, a purchase order sent to its supplier.
     */
    public PostedMovement announce(Sku sku, Location to, long quantity, Instant expectedAt, String reference) {
        return post(sku, to, new Posting(MovementType.EXPECTED, sku.getCode(), to.getCode(), null, reference, null,
                null, quantity, expectedAt), (level, now) -> announce(level, quantity, expectedAt, reference, now));
    }

    /** A transfer arrived: settles its announcement at the destination, whatever quantity actually came. */
    public PostedMovement transferIn(Sku sku, Location to, long received, String reference) {
        return post(sku, to, new Posting(MovementType.TRANSFER_IN, sku.getCode(), to.getCode(), null, reference, null,
                null, received), (level, now) -> {
                    Incoming announced = openAnnouncement(level, reference).orElseThrow(() -> new StockRuleViolation(
                            "not-incoming", "transfer " + reference + " is not on its way here"));
                    announced.received(received, now);
                    return level.receiveAnnounced(received, announced.getQuantity(), now);
                });
    }

    /**
     * Withdraws the announcement open under the reference at the location, for a capability that has checked who
     * may (a purchase order closed or cancelled).
     */
    public PostedMovement withdrawAnnouncement(Sku sku, Location location, String reference) {
        return post(sku, location, new Posting(MovementType.EXPECTATION_WITHDRAWN, sku.getCode(), location.getCode(),
                null, reference, null, null), (level, now) -> withdrawOpen(level, reference, now));
    }

    private StockChange withdrawOpen(StockLevel level, String reference, Instant now) {
        Incoming announced = openAnnouncement(level, reference).orElseThrow(
                () -> new StockRuleViolation("not-incoming", "nothing open is announced under " + reference));
        announced.close(Incoming.Status.WITHDRAWN, now);
        return level.unexpect(announced.getQuantity(), now);
    }

    /** Withdraws an open announcement. */
    public PostedMovement withdraw(@NotNull @Valid WithdrawnExpectation withdrawn,
                                   @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, withdrawn.locationId());
        return post(new Posting(MovementType.EXPECTATION_WITHDRAWN, withdrawn.sku(), withdrawn.locationId(), null,
                        withdrawn.reference(), idempotencyKey, null),
                (level, now) -> withdrawOpen(level, withdrawn.reference(), now));
    }

    public PostedMovement adjust(@NotNull @Valid StockAdjustment adjustment, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, adjustment.locationId());
        return post(new Posting(MovementType.ADJUSTMENT, adjustment.sku(), adjustment.locationId(),
                        adjustment.reason(), adjustment.reference(), idempotencyKey, adjustment.occurredAt(),
                        adjustment.quantity()),
                (level, now) -> level.adjust(adjustment.quantity(), now));
    }

    public PostedMovement count(@NotNull @Valid StockCount count, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, count.locationId());
        return post(new Posting(MovementType.STOCK_COUNT, count.sku(), count.locationId(), null, count.reference(),
                        idempotencyKey, count.occurredAt(), count.expectedOnHand(), count.countedOnHand()),
                (level, now) -> level.count(count.expectedOnHand(), count.countedOnHand(), now));
    }

    /**
     * A location found fewer units than the books say (a store rejecting an order line it cannot find): a count
     * that sets on hand to what it counted, or, if it did not count, lowers it by the units it missed (never below
     * zero). For the fulfilment capability, which acts on the location's word.
     */
    public PostedMovement recordShortfall(Sku sku, Location location, Long countedOnHand, long missing,
                                          String reference) {
        return post(sku, location, new Posting(MovementType.STOCK_COUNT, sku.getCode(), location.getCode(), null,
                reference, null, null, countedOnHand, missing), (level, now) -> level.count(level.getOnHand(),
                countedOnHand != null ? countedOnHand : Math.max(0, level.getOnHand() - missing), now));
    }

    public PostedMovement move(@NotNull @Valid StateMove move, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, move.locationId());
        return post(new Posting(MovementType.STATE_MOVE, move.sku(), move.locationId(), null, move.reference(),
                        idempotencyKey, null, move.quantity(), move.from(), move.to()),
                (level, now) -> level.move(move.from(), move.to(), move.quantity(), now));
    }

    public PostedMovement holdBack(@NotNull @Valid SafetyStock safety, @Size(max = 200) String idempotencyKey) {
        access.requireAt(Scopes.STOCK_WRITE, safety.locationId());
        return post(new Posting(MovementType.SAFETY_STOCK, safety.sku(), safety.locationId(), null, null,
                        idempotencyKey, null, safety.quantity()),
                (level, now) -> level.holdBack(safety.quantity(), now));
    }

    /**
     * Records goods sold at a till, for the sale capability, which has already resolved the SKU and store.
     * A sale is never refused for lack of stock: it has happened.
     */
    public PostedMovement recordSale(Sku sku, Location store, long quantity, String reference,
                                     String idempotencyKey, Instant soldAt) {
        return post(sku, store, new Posting(MovementType.SALE, sku.getCode(), store.getCode(), null, reference,
                idempotencyKey, soldAt, quantity), (level, now) -> level.sell(quantity, now));
    }

    /** Units brought back at a till, for an order from any channel: on hand up, into the state they are in. */
    public PostedMovement recordReturn(Sku sku, Location store, long quantity, StockState condition, String reference,
                                       String idempotencyKey, Instant returnedAt) {
        return post(sku, store, new Posting(MovementType.RETURN, sku.getCode(), store.getCode(), null, reference,
                idempotencyKey, returnedAt, quantity, condition),
                (level, now) -> level.takeBack(quantity, condition, now));
    }

    /**
     * Reservations of one level, taken together under its lock: each is checked against the level as the ones
     * before it left it, and is held, or refused having posted nothing. The level's change is announced once, after
     * the last of them (see {@link org.omnistock.messages.stock.StockChanged}'s sequence), so that a hot level's
     * reservations cost one event and one channel recomputation per batch, not per reservation.
     *
     * @return per hold, in order, its refusal or empty if it is held; a level that does not exist refuses all
     */
    public LevelReservations reserveEach(Sku sku, Location location, List<Hold> holds) {
        Instant now = clock.instant();
        // A level not created yet has nothing available: its stand-in refuses every hold and is never stored.
        StockLevel level = lockIfExists(sku, location).orElseGet(() -> new StockLevel(sku, location, now));
        List<Optional<Refusal>> refusals = new ArrayList<>(holds.size());
        StockMovement last = null;
        for (Hold hold : holds) {
            Optional<StockRuleViolation> violation = level.reservationRefusal(hold.quantity());
            if (violation.isPresent()) {
                refusals.add(Optional.of(refusal(sku, location, violation.get())));
                continue;
            }
            last = new StockMovement(level, MovementType.RESERVE, level.reserve(hold.quantity(), now), null,
                    blankToNull(hold.reference()), null, null, now, now);
            em.persist(last);
            refusals.add(Optional.empty());
        }
        if (last != null) {
            events.changed(level, last);
        }
        return new LevelReservations(level, refusals);
    }

    /** Gives up a reservation's hold. */
    public PostedMovement release(Sku sku, Location location, long quantity, String reference) {
        return post(sku, location, new Posting(MovementType.RELEASE, sku.getCode(), location.getCode(), null,
                reference, null, null, quantity), (level, now) -> level.release(quantity, now));
    }

    /** A reservation's held quantity leaves the location with its order. */
    public PostedMovement fulfil(Sku sku, Location location, long quantity, String reference) {
        return post(sku, location, new Posting(MovementType.FULFIL, sku.getCode(), location.getCode(), null,
                reference, null, null, quantity), (level, now) -> level.fulfil(quantity, now));
    }

    /**
     * What every location has available of these SKUs, for routing (which decides for the system, not for its
     * caller): per location code, per SKU code; locations and SKUs with nothing available are left out.
     */
    public Map<String, Map<String, Long>> availableOf(Collection<String> skuCodes) {
        Map<String, Map<String, Long>> available = new HashMap<>();
        em.createNamedQuery(StockLevel.AVAILABLE_OF_SKUS, Object[].class).setParameter("skus", skuCodes)
                .getResultStream().forEach(row -> available.computeIfAbsent((String) row[0],
                        k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue()));
        return available;
    }

    /** The SKU at every location the caller may see (a caller bound to stores sees only those), with totals. */
    public NetworkStock levelsOfSku(String skuCode) {
        Optional<Set<String>> visible = access.visibleLocations(Scopes.READ);
        Sku sku = skus.find(skuCode).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + skuCode));
        List<StockLevel> levels = em.createNamedQuery(StockLevel.FIND_BY_SKU, StockLevel.class)
                .setParameter("sku", skuCode).getResultStream()
                .filter(level -> visible.map(codes -> codes.contains(level.getLocation().getCode())).orElse(true))
                .toList();
        return NetworkStock.of(sku.getCode(), sku.getName(), null, withVelocity(levels));
    }

    /**
     * The SKU at every location the caller may see as the ledger stood at an instant: what each location had and
     * could promise then, as far as the ledger knew (movements recorded by then, also those dated earlier), and
     * what it had sold in the 7 and 30 days before. Read from the movements: every quantity of a level is the sum
     * of what its movements did to it.
     */
    public NetworkStock levelsOfSkuAsOf(String skuCode, Instant at) {
        Optional<Set<String>> visible = access.visibleLocations(Scopes.READ);
        Sku sku = skus.find(skuCode).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + skuCode));
        Map<Long, Object[]> sums = new HashMap<>();
        em.createNamedQuery(StockMovement.LEVELS_AS_OF, Object[].class).setParameter("sku", skuCode)
                .setParameter("at", at).getResultStream().forEach(row -> sums.put((Long) row[0], row));
        List<StockLevel> levels = em.createNamedQuery(StockLevel.FIND_BY_SKU, StockLevel.class)
                .setParameter("sku", skuCode).getResultStream().filter(level -> sums.containsKey(level.getId()))
                .filter(level -> visible.map(codes -> codes.contains(level.getLocation().getCode())).orElse(true))
                .toList();
        List<Long> ids = levels.stream().map(StockLevel::getId).toList();
        Map<Long, Long> week = ids.isEmpty() ? Map.of() : sold(ids, at.minus(Duration.ofDays(7)), at);
        Map<Long, Long> month = ids.isEmpty() ? Map.of() : sold(ids, at.minus(Duration.ofDays(30)), at);
        List<StockLevelView> views = levels.stream().map(level -> {
            Object[] row = sums.get(level.getId());
            long onHand = sum(row[1]);
            long reserved = sum(row[2]);
            long safety = sum(row[3]);
            long damaged = sum(row[4]);
            long inQc = sum(row[5]);
            return new StockLevelView(sku.getCode(), sku.getName(), level.getLocation().getCode(),
                    level.getLocation().getName(), level.getLocation().getType(), onHand, reserved, safety, damaged,
                    inQc, StockLevel.available(onHand, reserved, safety, damaged, inQc), sum(row[6]), null,
                    sum(row[7]), (Instant) row[8], week.getOrDefault(level.getId(), 0L),
                    month.getOrDefault(level.getId(), 0L));
        }).toList();
        return NetworkStock.of(sku.getCode(), sku.getName(), at, views);
    }

    private static long sum(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The levels at a location by SKU code, of one category or (null) of all: also a count sheet's lines. */
    public Page<StockLevelView> levelsAt(String locationCode, String category, int page, int size) {
        access.requireAt(Scopes.READ, locationCode);
        if (locations.find(locationCode).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-location", "there is no location " + locationCode);
        }
        boolean all = category == null || category.isBlank();
        var levels = em.createNamedQuery(all ? StockLevel.FIND_BY_LOCATION : StockLevel.FIND_BY_LOCATION_AND_CATEGORY,
                StockLevel.class).setParameter("location", locationCode);
        var count = em.createNamedQuery(all ? StockLevel.COUNT_BY_LOCATION : StockLevel.COUNT_BY_LOCATION_AND_CATEGORY,
                Long.class).setParameter("location", locationCode);
        if (!all) {
            levels.setParameter("category", category.strip());
            count.setParameter("category", category.strip());
        }
        List<StockLevelView> items = withVelocity(levels.setFirstResult(Page.firstResult(page, size))
                .setMaxResults(size).getResultList());
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * What these locations have available of each SKU in all, by SKU id: each location's available (never below
     * zero), summed; a SKU none of them holds is left out. One query for all the SKUs. Sees the caller's own
     * uncommitted changes.
     */
    public Map<Long, Long> totalAvailable(Collection<Sku> skus, Collection<Location> at) {
        if (skus.isEmpty() || at.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> totals = new HashMap<>();
        em.createNamedQuery(StockLevel.TOTAL_AVAILABLE, Object[].class).setParameter("skus", skus)
                .setParameter("locations", at).getResultStream()
                .forEach(row -> totals.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return totals;
    }

    /** The levels with the units sold from each in the last 7 and 30 days, and when the next goods are due. */
    private List<StockLevelView> withVelocity(List<StockLevel> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Long> ids = levels.stream().map(StockLevel::getId).toList();
        Instant now = clock.instant();
        Map<Long, Long> week = sold(ids, now.minus(Duration.ofDays(7)), now);
        Map<Long, Long> month = sold(ids, now.minus(Duration.ofDays(30)), now);
        Map<Long, Instant> nextExpected = em.createNamedQuery(Incoming.NEXT_EXPECTED, Object[].class)
                .setParameter("levels", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
        return levels.stream().map(level -> StockLevelView.of(level, new StockLevelView.Velocity(
                        week.getOrDefault(level.getId(), 0L), month.getOrDefault(level.getId(), 0L)),
                nextExpected.get(level.getId()))).toList();
    }

    /** Units sold from each level between the instants (dated by when they left). */
    private Map<Long, Long> sold(List<Long> levelIds, Instant since, Instant until) {
        return em.createNamedQuery(StockMovement.SOLD_SINCE, Object[].class).setParameter("levels", levelIds)
                .setParameter("since", since).setParameter("until", until).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** The ledger history of one SKU at one location, newest first. */
    public Page<MovementView> movements(String skuCode, String locationCode, int page, int size) {
        access.requireAt(Scopes.READ, locationCode);
        List<MovementView> items = em.createNamedQuery(StockMovement.FIND_BY_LEVEL, StockMovement.class)
                .setParameter("sku", skuCode).setParameter("location", locationCode)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(MovementView::of).toList();
        long total = em.createNamedQuery(StockMovement.COUNT_BY_LEVEL, Long.class)
                .setParameter("sku", skuCode).setParameter("location", locationCode).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private PostedMovement post(Posting posting, Operation operation) {
        Sku sku = skus.find(posting.sku()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-sku", "there is no SKU " + posting.sku()));
        Location location = locations.find(posting.locationId()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-location",
                        "there is no location " + posting.locationId()));
        return post(sku, location, posting, operation);
    }

    /**
     * The one way a level changes: under its row lock, the operation checks its rule and applies its change, the
     * movement records it, and the event goes to the outbox, all in the caller's transaction.
     */
    private PostedMovement post(Sku sku, Location location, Posting posting, Operation operation) {
        String key = blankToNull(posting.idempotencyKey());
        String digest = key == null ? null : posting.digest();
        if (key != null) {
            // Not written first: a movement with a key is written as soon as it is posted (below), so the
            // transaction's unwritten changes hold none, and writing them would compare all it has touched.
            Optional<StockMovement> first = em.createNamedQuery(StockMovement.FIND_BY_IDEMPOTENCY_KEY,
                    StockMovement.class).setParameter("key", key).setFlushMode(FlushModeType.COMMIT)
                    .getResultStream().findFirst();
            if (first.isPresent()) {
                if (!digest.equals(first.get().getRequestDigest())) {
                    throw new Refusal(Refusal.Kind.CONFLICT, "idempotency-key-reused",
                            "idempotency key " + key + " was already used for a different request");
                }
                return new PostedMovement(MovementView.of(first.get()), true);
            }
        }
        Instant now = clock.instant();
        StockLevel level = lockedLevel(sku, location, now);
        StockChange change;
        try {
            change = operation.apply(level, now);
        } catch (StockRuleViolation e) {
            throw refusal(sku, location, e);
        }
        StockMovement movement = new StockMovement(level, posting.type(), change, posting.reason(),
                blankToNull(posting.reference()), key, digest,
                posting.occurredAt() == null ? now : posting.occurredAt(), now);
        em.persist(movement);
        em.flush();
        events.changed(level, movement);
        return new PostedMovement(MovementView.of(movement), false);
    }

    /** A broken stock rule as callers are told it, naming the SKU and location. */
    private static Refusal refusal(Sku sku, Location location, StockRuleViolation violation) {
        return new Refusal(Refusal.Kind.INVALID, violation.code(), sku.getCode() + " at " + location.getCode() + ": "
                + violation.getMessage());
    }

    /**
     * The level locked for work that changes what it is worth without moving units (a landed cost, an invoice's
     * price difference), or that locks a batch's levels before posting to them in its own order (a batch of till
     * sales): in {@link #inLockOrder}, like a posting. Empty when there is no level.
     */
    public Optional<StockLevel> lockForValue(Sku sku, Location location) {
        return lockIfExists(sku, location);
    }

    /**
     * The level if there is one, locked until the transaction ends. A level is asked of the database once per
     * transaction: locked, it stays as this transaction leaves it, so later uses take the managed one.
     * <p>
     * The lock query does not flush the unit of work first (EclipseLink would otherwise write, and compare, all the
     * transaction has touched before every lock): what it reads cannot be among the unwritten changes, since a level
     * is stored as soon as it is created ({@link #lockedLevel}) and changed only once locked, and so is never read
     * again by a query that would refresh it over those changes.
     */
    private Optional<StockLevel> lockIfExists(Sku sku, Location location) {
        Map<String, StockLevel> locked = lockedInTransaction();
        String key = lockKey(sku.getCode(), location.getCode());
        StockLevel known = locked.get(key);
        if (known != null && em.contains(known)) {
            return Optional.of(known);
        }
        Optional<StockLevel> level = em.createNamedQuery(StockLevel.FIND_FOR_UPDATE, StockLevel.class)
                .setParameter("sku", sku).setParameter("location", location).setFlushMode(FlushModeType.COMMIT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        level.ifPresent(found -> locked.put(key, found));
        return level;
    }

    /** The levels this transaction has locked, by {@link #lockKey}. */
    @SuppressWarnings("unchecked")
    private Map<String, StockLevel> lockedInTransaction() {
        Map<String, StockLevel> locked = (Map<String, StockLevel>) transactions.getResource(LockedLevels.class);
        if (locked == null) {
            locked = new HashMap<>();
            transactions.putResource(LockedLevels.class, locked);
        }
        return locked;
    }

    /** The key under which a transaction keeps the levels it has locked. */
    private static final class LockedLevels {
    }

    /** The level row, locked until the transaction ends; created empty the first time the SKU is at the location. */
    private StockLevel lockedLevel(Sku sku, Location location, Instant now) {
        Optional<StockLevel> existing = lockIfExists(sku, location);
        if (existing.isPresent()) {
            return existing.get();
        }
        StockLevel level = new StockLevel(sku, location, now);
        em.persist(level);
        em.flush();
        lockedInTransaction().put(lockKey(sku.getCode(), location.getCode()), level);
        return level;
    }

    /** One change of a level: checks its rule against the locked level and applies it. */
    @FunctionalInterface
    private interface Operation {
        StockChange apply(StockLevel level, Instant now);
    }

    /**
     * One requested movement, before it is applied.
     *
     * @param parameters what, beside type, SKU, location and reason, makes this request what it is
     */
    private record Posting(MovementType type, String sku, String locationId, AdjustmentReason reason, String reference,
                   String idempotencyKey, Instant occurredAt, Object... parameters) {

        /** Identifies the request, so that a repeat with the same idempotency key can be told from another one. */
        String digest() {
            return RequestDigest.of(type + "|" + sku + "|" + locationId + "|" + reason + "|"
                    + java.util.Arrays.toString(parameters));
        }
    }
}
