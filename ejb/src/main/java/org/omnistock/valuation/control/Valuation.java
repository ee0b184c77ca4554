package org.omnistock.valuation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.Money;
import org.omnistock.platform.Retailer;
import org.omnistock.stock.control.StockLevelsChanged;
import org.omnistock.stock.entity.MovementType;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;
import org.omnistock.valuation.entity.ValuationMovement;
import org.omnistock.valuation.entity.ValuedLevel;

/**
 * Values every movement of the one stock ledger that moves on hand, in its transaction and under its level's lock
 * (docs/erp.md, "what stock is worth"): the level's cost position changes by {@link CostPosition}'s rules, a
 * {@link ValuationMovement} records it, and the stock side of the books is posted, one entry per document and
 * location of the posting. A level valued for the first time with units already on hand (stock from before
 * valuation) opens at the SKU's standard cost against opening balances.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Valuation {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Journal journal;

    @Inject
    Retailer retailer;

    @Inject
    ReceiptCosts receiptCosts;

    /** One entry being put together: the movements of one document at one location of a posting. */
    private record EntryKey(String eventType, String reason, String documentType, String documentId,
                            String location) {
    }

    public void levelsChanged(@Observes StockLevelsChanged changes) {
        int digits = retailer.digits();
        Map<Long, String> onTheirWay = announcedElsewhere(changes.movements());
        Map<EntryKey, Posting> entries = new LinkedHashMap<>();
        for (StockMovement movement : changes.movements()) {
            if (movement.getQuantity() == 0 && movement.getType() != MovementType.TRANSFER_IN) {
                continue;
            }
            value(movement, onTheirWay, digits, entries);
        }
        entries.values().forEach(journal::post);
    }

    /**
     * The SKUs (by id) a posting announces at a location under a reference, as a transfer or an order shipped to a
     * store for pickup does with the units it takes out elsewhere: units out of a location in the same posting are
     * on their way there (stock in transit under that reference), not sold.
     */
    private static Map<Long, String> announcedElsewhere(List<StockMovement> movements) {
        Map<Long, String> announced = new HashMap<>();
        for (StockMovement movement : movements) {
            if (movement.getType() == MovementType.EXPECTED && movement.getReference() != null) {
                announced.put(movement.getLevel().getSku().getId(), movement.getReference());
            }
        }
        return announced;
    }

    private void value(StockMovement movement, Map<Long, String> onTheirWay, int digits,
                       Map<EntryKey, Posting> entries) {
        StockLevel level = movement.getLevel();
        Sku sku = level.getSku();
        Location location = level.getLocation();
        String category = sku.getCategory();
        Instant at = movement.getRecordedAt();
        ValuedLevel stored = em.find(ValuedLevel.class, level.getId());
        if (stored == null) {
            stored = open(movement, digits, entries);
        }
        CostPosition before = stored.position(digits);
        long quantity = movement.getQuantity();
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        CostPosition.Change change;
        BigDecimal inTransit = zero;
        Posting posting;
        String kind = movement.getType().name();
        String reference = movement.getReference();
        String travellingUnder = movement.getType() == MovementType.FULFIL ? onTheirWay.get(sku.getId()) : null;
        switch (movement.getType()) {
            case SALE, FULFIL, TRANSFER_OUT -> {
                change = before.issue(-quantity);
                boolean inTransitNow = movement.getType() == MovementType.TRANSFER_OUT || travellingUnder != null;
                String event = inTransitNow ? Vocabulary.TRANSFER_OUT
                        : movement.getType() == MovementType.SALE ? Vocabulary.SALE_COST : Vocabulary.SHIPMENT_COST;
                if (travellingUnder != null) {
                    kind = MovementType.TRANSFER_OUT.name();
                    reference = travellingUnder;
                }
                if (inTransitNow) {
                    inTransit = change.costOfGoods();
                }
                posting = entry(entries, movement, reference, event, null)
                        .line(Vocabulary.STOCK, category, change.stockValue())
                        .line(inTransitNow ? Vocabulary.IN_TRANSIT : Vocabulary.COGS, category,
                                change.costOfGoods());
            }
            case TRANSFER_IN -> {
                Arrival arrival = arrival(movement, before, digits);
                change = quantity > 0 ? before.receiveValue(quantity, arrival.value()) : new CostPosition.Change(
                        before, zero, zero);
                posting = entry(entries, movement, reference, Vocabulary.TRANSFER_IN, null)
                        .line(Vocabulary.STOCK, category, change.stockValue())
                        .line(Vocabulary.COGS, category, change.costOfGoods());
                if (arrival.from() == null) {
                    posting = posting.line(Vocabulary.OPENING_BALANCES, category, arrival.value().negate());
                } else {
                    inTransit = arrival.sent().negate();
                    posting = posting.lineAt(Vocabulary.IN_TRANSIT, arrival.from(), category, inTransit)
                            .line(Vocabulary.SHRINKAGE, category, arrival.sent().subtract(arrival.value()));
                }
            }
            default -> {
                String event = switch (movement.getType()) {
                    case RECEIPT -> Vocabulary.RECEIPT;
                    case RETURN -> Vocabulary.RETURN_COST;
                    default -> Vocabulary.ADJUSTMENT;
                };
                String reason = event.equals(Vocabulary.ADJUSTMENT) ? reason(movement) : null;
                Optional<BigDecimal> ordered = movement.getType() == MovementType.RECEIPT
                        ? receiptCosts.of(reference, sku.getId(), location.getId()) : Optional.empty();
                String counterpart = switch (movement.getType()) {
                    case RECEIPT -> ordered.isPresent() ? Vocabulary.GRNI : Vocabulary.OPENING_BALANCES;
                    case RETURN -> Vocabulary.COGS;
                    default -> Vocabulary.SHRINKAGE;
                };
                if (quantity > 0) {
                    change = before.receive(quantity, ordered.orElseGet(() -> inboundCost(before, sku)));
                    posting = entry(entries, movement, reference, event, reason)
                            .line(Vocabulary.STOCK, category, change.stockValue())
                            .line(Vocabulary.COGS, category, change.costOfGoods())
                            .line(counterpart, category, change.stockValue().add(change.costOfGoods()).negate());
                } else {
                    change = before.issue(-quantity);
                    posting = entry(entries, movement, reference, event, reason)
                            .line(Vocabulary.STOCK, category, change.stockValue())
                            .line(counterpart, category, change.costOfGoods());
                }
            }
        }
        entries.put(key(movement, reference, posting.eventType(), posting.reason()), posting);
        stored.set(change.after(), at);
        em.persist(new ValuationMovement(movement.getId(), stored, kind, reference, quantity, change.stockValue(),
                change.costOfGoods(), inTransit, change.after().units(), change.after().value(), at));
    }

    /**
     * The position of a level valued for the first time: what it held before this movement, at the SKU's standard
     * cost, against opening balances.
     */
    private ValuedLevel open(StockMovement movement, int digits, Map<EntryKey, Posting> entries) {
        StockLevel level = movement.getLevel();
        Sku sku = level.getSku();
        long held = movement.getOnHandAfter() - movement.getQuantity();
        CostPosition empty = CostPosition.empty(sku.getUnitCost(), digits);
        CostPosition.Change opening = held > 0 ? empty.receive(held, empty.lastUnitCost())
                : held < 0 ? empty.issue(-held) : new CostPosition.Change(empty, empty.value(), empty.value());
        ValuedLevel stored = new ValuedLevel(level.getId(), sku.getId(), level.getLocation().getId(),
                opening.after(), movement.getRecordedAt());
        em.persist(stored);
        if (held != 0) {
            String location = level.getLocation().getCode();
            EntryKey key = new EntryKey(Vocabulary.OPENING, null, "stock-level", sku.getCode() + "@" + location,
                    location);
            entries.put(key, Posting.of(Vocabulary.OPENING, key.documentType(), key.documentId(), location, null,
                            movement.getRecordedAt()).countingFor(movement.getRecordedAt())
                    .line(Vocabulary.STOCK, sku.getCategory(), opening.after().value())
                    .line(Vocabulary.OPENING_BALANCES, sku.getCategory(), opening.after().value().negate()));
            em.persist(new ValuationMovement(null, stored, ValuationMovement.OPENING, null, held,
                    opening.after().value(), BigDecimal.ZERO.setScale(digits), BigDecimal.ZERO.setScale(digits),
                    held, opening.after().value(), movement.getRecordedAt()));
        }
        return stored;
    }

    /**
     * What arrived of a transfer is worth: the units sent left at a value (in transit since); what came takes its
     * part of it, what did not come is lost (shrinkage), what came beyond was found at the same unit cost.
     *
     * @param from  the source's location code; null when the transfer left before valuation (nothing in transit:
     *              what came is valued at the average here, against opening balances)
     * @param sent  the value in transit; what arrived when it left before valuation
     * @param value the value of what arrived
     */
    private record Arrival(String from, BigDecimal sent, BigDecimal value) {
    }

    private Arrival arrival(StockMovement movement, CostPosition here, int digits) {
        List<Object[]> out = em.createQuery("SELECT SUM(v.units), SUM(v.inTransitChange), MIN(l.location.code) "
                        + "FROM ValuationMovement v, StockLevel l WHERE l.id = v.levelId AND v.kind = :kind "
                        + "AND v.reference = :reference AND v.skuId = :sku", Object[].class)
                .setParameter("kind", MovementType.TRANSFER_OUT.name())
                .setParameter("reference", movement.getReference())
                .setParameter("sku", movement.getLevel().getSku().getId()).getResultList();
        long received = movement.getQuantity();
        Object[] row = out.isEmpty() ? null : out.get(0);
        if (row == null || row[0] == null || ((Number) row[0]).longValue() == 0) {
            BigDecimal value = Money.round(inboundCost(here, movement.getLevel().getSku())
                    .multiply(BigDecimal.valueOf(received)), digits);
            return new Arrival(null, value, value);
        }
        long sent = -((Number) row[0]).longValue();
        BigDecimal sentValue = Money.stored((BigDecimal) row[1], digits);
        BigDecimal value = received <= sent ? Money.unitsOfLine(sentValue, (int) sent, 0, (int) received, digits)
                : sentValue.add(Money.round(sentValue.multiply(BigDecimal.valueOf(received - sent))
                .divide(BigDecimal.valueOf(sent), digits + 4, RoundingMode.HALF_UP), digits));
        return new Arrival((String) row[2], sentValue, value);
    }

    /** What units coming in without a cost of their own are worth each: the average here, else the standard cost. */
    private static BigDecimal inboundCost(CostPosition position, Sku sku) {
        BigDecimal average = position.average();
        return average.signum() == 0 && sku.getUnitCost() != null ? sku.getUnitCost() : average;
    }

    private static String reason(StockMovement movement) {
        if (movement.getReason() != null) {
            return movement.getReason().name();
        }
        return movement.getType() == MovementType.STOCK_COUNT ? "STOCK_COUNT" : null;
    }

    /** The entry of the movement's document at its location, started if it is the first of them. */
    private Posting entry(Map<EntryKey, Posting> entries, StockMovement movement, String reference, String event,
                          String reason) {
        EntryKey key = key(movement, reference, event, reason);
        Posting known = entries.get(key);
        if (known != null) {
            return known;
        }
        Posting started = Posting.of(event, key.documentType(), key.documentId(), key.location(), null,
                movement.getOccurredAt()).countingFor(movement.getRecordedAt());
        return reason == null ? started : started.because(reason);
    }

    private static EntryKey key(StockMovement movement, String reference, String event, String reason) {
        return new EntryKey(event, reason, documentType(movement, reference, event),
                reference != null ? reference : "movement-" + movement.getId(),
                movement.getLevel().getLocation().getCode());
    }

    /** What kind of document a movement's reference names. */
    private static String documentType(StockMovement movement, String reference, String event) {
        if (reference != null && reference.startsWith("POS ")) {
            return "till-receipt";
        }
        if (event.equals(Vocabulary.TRANSFER_OUT) || event.equals(Vocabulary.TRANSFER_IN)) {
            return "transfer";
        }
        return switch (movement.getType()) {
            case FULFIL -> "fulfilment";
            case RECEIPT -> "delivery";
            case RETURN -> "return";
            default -> "stock-correction";
        };
    }
}
