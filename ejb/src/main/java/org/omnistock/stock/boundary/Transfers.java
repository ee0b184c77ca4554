package org.omnistock.stock.boundary;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.entity.Transfer;

/**
 * Transfers between locations, posted to the one ledger: both ends in one multi-level posting when shipped, so that
 * two transfers in opposite directions cannot deadlock.
 */
@Stateless
public class Transfers {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    Clock clock;

    /** Ships the units: on hand down at the source, incoming up at the destination. */
    public TransferView ship(@NotNull @Valid NewTransfer request) {
        access.requireAt(Scopes.STOCK_WRITE, request.fromLocationId());
        Optional<Transfer> existing = find(request.reference());
        if (existing.isPresent()) {
            Transfer first = existing.get();
            if (!first.getSku().getCode().equals(request.sku())
                    || !first.getFrom().getCode().equals(request.fromLocationId())
                    || !first.getTo().getCode().equals(request.toLocationId())
                    || first.getQuantity() != request.quantity()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "transfer-exists", "transfer " + request.reference()
                        + " was already recorded with other goods or locations");
            }
            return TransferView.of(first, true);
        }
        Sku sku = skus.find(request.sku()).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-sku", "there is no SKU " + request.sku()));
        Location from = location(request.fromLocationId());
        Location to = location(request.toLocationId());
        if (from.equals(to)) {
            throw new Refusal(Refusal.Kind.INVALID, "same-location", "a transfer goes to another location");
        }
        String reference = request.reference().strip();
        Transfer transfer = new Transfer(reference, sku, from, to, request.quantity(), request.expectedAt(),
                clock.instant());
        em.persist(transfer);
        ledger.inLockOrder(List.of(
                new StockLedger.LevelWork<>(sku, from, () -> ledger.transferOut(sku, from, request.quantity(),
                        reference)),
                new StockLedger.LevelWork<>(sku, to, () -> ledger.announce(sku, to, request.quantity(),
                        request.expectedAt(), reference))));
        return TransferView.of(transfer, false);
    }

    /** Records what arrived; the same receipt again changes nothing, another one is refused. */
    public TransferView receive(String reference, @NotNull @Valid TransferReceipt receipt) {
        Transfer transfer = em.createNamedQuery(Transfer.FIND_BY_REFERENCE, Transfer.class)
                .setParameter("reference", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().filter(t -> visible(t, access.require(Scopes.STOCK_WRITE))).orElseThrow(
                        () -> unknownTransfer(reference));
        access.requireAt(Scopes.STOCK_WRITE, transfer.getTo().getCode());
        if (transfer.getStatus() == Transfer.Status.RECEIVED) {
            if (transfer.getReceivedQuantity().equals(receipt.quantity())) {
                return TransferView.of(transfer, true);
            }
            throw new Refusal(Refusal.Kind.CONFLICT, "transfer-received", "transfer " + reference
                    + " was already received with " + transfer.getReceivedQuantity() + " units");
        }
        ledger.transferIn(transfer.getSku(), transfer.getTo(), receipt.quantity(), transfer.getReference());
        transfer.received(receipt.quantity(), clock.instant());
        return TransferView.of(transfer, false);
    }

    /** Transfers the location sends or receives in these states, the newest first, at most {@code max}. */
    public List<TransferView> atLocation(String location, Collection<Transfer.Status> statuses, int max) {
        access.requireAt(Scopes.READ, location);
        locations.require(location);
        return em.createNamedQuery(Transfer.AT_LOCATION, Transfer.class).setParameter("location", location)
                .setParameter("statuses", statuses).setMaxResults(max).getResultStream()
                .map(t -> TransferView.of(t, false)).toList();
    }

    /** The transfer, if the caller acts at either end of it. */
    public Optional<TransferView> findByReference(String reference) {
        Caller caller = access.require(Scopes.READ);
        return find(reference).filter(t -> visible(t, caller)).map(t -> TransferView.of(t, false));
    }

    /** A transfer is another store's business unless the caller acts at one of its ends. */
    private static boolean visible(Transfer transfer, Caller caller) {
        return caller.actsAt(transfer.getFrom().getCode()) || caller.actsAt(transfer.getTo().getCode());
    }

    private static Refusal unknownTransfer(String reference) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-transfer", "there is no transfer " + reference);
    }

    private Optional<Transfer> find(String reference) {
        return em.createNamedQuery(Transfer.FIND_BY_REFERENCE, Transfer.class).setParameter("reference",
                reference.strip()).getResultStream().findFirst();
    }

    private Location location(String code) {
        return locations.find(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.INVALID, "unknown-location", "there is no location " + code));
    }
}
