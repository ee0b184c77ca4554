package org.omnistock.stock.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
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
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.control.StockEvents;
import org.omnistock.stock.entity.AdjustmentReason;
import org.omnistock.stock.entity.MovementType;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;
import org.omnistock.stock.entity.StockRuleViolation;

/**
 * The one stock ledger: every change of on hand, from any channel, is posted here. See the package documentation
 * for the model and the rules.
 */
@Stateless
public class StockLedger {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockEvents events;

    @Inject
    Clock clock;

    public PostedMovement receive(@NotNull @Valid StockReceipt receipt, @Size(max = 200) String idempotencyKey) {
        return post(new Posting(MovementType.RECEIPT, receipt.sku(), receipt.locationId(), receipt.quantity(), null,
                receipt.reference(), idempotencyKey, receipt.occurredAt()));
    }

    public PostedMovement adjust(@NotNull @Valid StockAdjustment adjustment, @Size(max = 200) String idempotencyKey) {
        return post(new Posting(MovementType.ADJUSTMENT, adjustment.sku(), adjustment.locationId(),
                adjustment.quantity(), adjustment.reason(), adjustment.reference(), idempotencyKey,
                adjustment.occurredAt()));
    }

    /**
     * Records goods sold at a till, for the sale capability, which has already resolved the SKU and store.
     * A sale is never refused for lack of stock: it has happened.
     */
    public PostedMovement recordSale(Sku sku, Location store, long quantity, String reference,
                                     String idempotencyKey, Instant soldAt) {
        return post(sku, store, new Posting(MovementType.SALE, sku.getCode(), store.getCode(), quantity, null,
                reference, idempotencyKey, soldAt));
    }

    public NetworkStock levelsOfSku(String skuCode) {
        Sku sku = skus.find(skuCode).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + skuCode));
        List<StockLevelView> levels = em.createNamedQuery(StockLevel.FIND_BY_SKU, StockLevel.class)
                .setParameter("sku", skuCode).getResultStream().map(StockLevelView::of).toList();
        return NetworkStock.of(sku.getCode(), sku.getName(), levels);
    }

    public Page<StockLevelView> levelsAt(String locationCode, int page, int size) {
        if (locations.find(locationCode).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-location", "there is no location " + locationCode);
        }
        List<StockLevelView> items = em.createNamedQuery(StockLevel.FIND_BY_LOCATION, StockLevel.class)
                .setParameter("location", locationCode)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(StockLevelView::of).toList();
        long total = em.createNamedQuery(StockLevel.COUNT_BY_LOCATION, Long.class)
                .setParameter("location", locationCode).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private PostedMovement post(Posting posting) {
        Sku sku = skus.find(posting.sku()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-sku", "there is no SKU " + posting.sku()));
        Location location = locations.find(posting.locationId()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-location",
                        "there is no location " + posting.locationId()));
        return post(sku, location, posting);
    }

    private PostedMovement post(Sku sku, Location location, Posting posting) {
        Optional<PostedMovement> replay = replay(posting);
        if (replay.isPresent()) {
            return replay.get();
        }
        Instant now = clock.instant();
        StockLevel level = lockedLevel(sku, location, now);
        long change;
        try {
            change = level.apply(posting.type(), posting.quantity(), now);
        } catch (StockRuleViolation e) {
            throw new Refusal(Refusal.Kind.INVALID, e.code(), e.getMessage());
        }
        StockMovement movement = new StockMovement(level, posting.type(), change, posting.reason(),
                blankToNull(posting.reference()), blankToNull(posting.idempotencyKey()),
                posting.occurredAt() == null ? now : posting.occurredAt(), now);
        em.persist(movement);
        em.flush();
        events.changed(level, movement);
        return new PostedMovement(MovementView.of(movement), false);
    }

    /** The level row, locked until the transaction ends; created empty the first time the SKU is at the location. */
    private StockLevel lockedLevel(Sku sku, Location location, Instant now) {
        Optional<StockLevel> existing = em.createNamedQuery(StockLevel.FIND_FOR_UPDATE, StockLevel.class)
                .setParameter("sku", sku).setParameter("location", location)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        StockLevel level = new StockLevel(sku, location, now);
        em.persist(level);
        em.flush();
        return level;
    }

    /** The first result of a request already posted with this key; a different request with it is refused. */
    private Optional<PostedMovement> replay(Posting posting) {
        String key = blankToNull(posting.idempotencyKey());
        if (key == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StockMovement.FIND_BY_IDEMPOTENCY_KEY, StockMovement.class)
                .setParameter("key", key).getResultStream().findFirst()
                .map(first -> {
                    if (!posting.sameRequestAs(first)) {
                        throw new Refusal(Refusal.Kind.CONFLICT, "idempotency-key-reused",
                                "idempotency key " + key + " was already used for a different request");
                    }
                    return new PostedMovement(MovementView.of(first), true);
                });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One requested movement, before it is applied. */
    private record Posting(MovementType type, String sku, String locationId, long quantity, AdjustmentReason reason,
                           String reference, String idempotencyKey, Instant occurredAt) {

        boolean sameRequestAs(StockMovement movement) {
            long requestedChange = type == MovementType.SALE ? -quantity : quantity;
            return movement.getType() == type
                    && movement.getLevel().getSku().getCode().equals(sku)
                    && movement.getLevel().getLocation().getCode().equals(locationId)
                    && movement.getQuantity() == requestedChange
                    && Objects.equals(movement.getReason(), reason);
        }
    }
}
