package org.omnistock.stock.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.control.DeliveryArriving;
import org.omnistock.stock.entity.Incoming;

/**
 * Goods in: deliveries announced for a location (the lines of {@code /stock/incoming} under one reference, other
 * than transfers, which {@link Transfers} receives), received at the door line by line with what actually came.
 */
@Stateless
public class Deliveries {

    /** Lines one receipt may carry. */
    public static final int MAX_LINES = 1_000;
    /** How far back goods in shows what was received. */
    public static final Duration RECENT = Duration.ofDays(14);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Event<DeliveryArriving> deliveryArriving;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    Clock clock;

    /** The deliveries still expected at the location, soonest first. */
    public List<DeliveryView> expected(String location) {
        access.requireAt(Scopes.READ, location);
        return deliveries(location, Set.of(Incoming.Status.OPEN), Instant.EPOCH);
    }

    /** The deliveries received at the location in the last {@link #RECENT}, the newest first. */
    public List<DeliveryView> received(String location) {
        access.requireAt(Scopes.READ, location);
        List<DeliveryView> received = new ArrayList<>(deliveries(location, Set.of(Incoming.Status.RECEIVED),
                clock.instant().minus(RECENT)));
        received.sort(Comparator.comparing(DeliveryView::expectedAt).reversed());
        return received;
    }

    /**
     * Records what came of a delivery, all lines in one transaction: each line's announcement settled with what came
     * (on hand up by that, incoming down by what was announced). A line received before with the same quantity
     * changes nothing (the same receipt sent again); with another quantity it is refused. A delivery that is another
     * capability's document (a purchase order's) is received by it, by its rules ({@link DeliveryArriving}).
     */
    public DeliveryView receive(String reference, @NotNull @Valid DeliveryReceipt receipt) {
        access.requireAt(Scopes.STOCK_WRITE, receipt.locationId());
        Location location = locations.require(receipt.locationId());
        List<Incoming> delivery = lines(location.getCode(), reference);
        Map<String, Incoming> announced = new HashMap<>();
        delivery.forEach(line -> announced.put(line.getLevel().getSku().getCode(), line));
        if (announced.isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-delivery", "no delivery " + reference
                    + " is announced at " + location.getCode());
        }
        List<String> problems = new ArrayList<>();
        List<StockLedger.LevelWork<PostedMovement>> work = new ArrayList<>();
        Map<String, Long> given = new LinkedHashMap<>();
        Map<Sku, Long> arriving = new LinkedHashMap<>();
        for (DeliveryReceipt.Line line : receipt.lines()) {
            if (given.put(line.sku(), line.quantity()) != null) {
                problems.add(line.sku() + " is on the receipt twice");
                continue;
            }
            Incoming expected = announced.get(line.sku());
            if (expected == null) {
                problems.add(line.sku() + " is not on delivery " + reference + ": receive it as a receipt of its own"
                        + " and tell the supplier");
            } else if (expected.getStatus() == Incoming.Status.RECEIVED) {
                if (expected.getReceivedQuantity() != line.quantity().longValue()) {
                    problems.add(line.sku() + " was received already, " + expected.getReceivedQuantity() + " units");
                }
            } else if (expected.getStatus() == Incoming.Status.WITHDRAWN) {
                problems.add(line.sku() + " was withdrawn from delivery " + reference);
            } else {
                arriving.put(expected.getLevel().getSku(), line.quantity());
                work.add(new StockLedger.LevelWork<>(expected.getLevel().getSku(), location,
                        () -> ledger.receiveDeliveryLine(expected.getLevel().getSku(), location, reference,
                                line.quantity())));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "delivery-not-received", String.join("; ", problems));
        }
        DeliveryArriving claim = new DeliveryArriving(reference.strip(), location, arriving);
        if (!arriving.isEmpty()) {
            deliveryArriving.fire(claim);
        }
        if (!claim.taken()) {
            ledger.inLockOrder(work);
        }
        // The lines are the managed announcements the postings settled: they show what came without reading again.
        return view(reference, location.getCode(), delivery, work.isEmpty());
    }

    private List<Incoming> lines(String location, String reference) {
        return em.createNamedQuery(Incoming.OF_DELIVERY, Incoming.class).setParameter("location", location)
                .setParameter("reference", reference.strip()).getResultList();
    }

    private List<DeliveryView> deliveries(String location, Collection<Incoming.Status> statuses, Instant since) {
        locations.require(location);
        Map<String, List<Incoming>> byReference = new LinkedHashMap<>();
        em.createNamedQuery(Incoming.AT_LOCATION, Incoming.class).setParameter("location", location)
                .setParameter("statuses", statuses).setParameter("since", since).getResultStream()
                .forEach(line -> byReference.computeIfAbsent(line.getReference(), r -> new ArrayList<>()).add(line));
        List<DeliveryView> views = new ArrayList<>();
        byReference.forEach((reference, lines) -> views.add(view(reference, location, lines, false)));
        return views;
    }

    private static DeliveryView view(String reference, String location, List<Incoming> lines, boolean replayed) {
        Instant expectedAt = lines.stream().map(Incoming::getExpectedAt).min(Comparator.naturalOrder()).orElse(null);
        boolean open = lines.stream().anyMatch(line -> line.getStatus() == Incoming.Status.OPEN);
        return new DeliveryView(reference, location, expectedAt, open, lines.stream()
                .filter(line -> line.getStatus() != Incoming.Status.WITHDRAWN)
                .map(line -> new DeliveryView.Line(line.getLevel().getSku().getCode(),
                        line.getLevel().getSku().getName(), line.getQuantity(), line.getReceivedQuantity(),
                        line.getReceivedQuantity() == null ? null : line.getReceivedQuantity() - line.getQuantity(),
                        line.getStatus() == Incoming.Status.RECEIVED ? line.getClosedAt() : null))
                .sorted(Comparator.comparing(DeliveryView.Line::sku)).toList(), replayed);
    }
}
