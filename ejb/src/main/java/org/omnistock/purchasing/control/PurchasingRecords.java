package org.omnistock.purchasing.control;

import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Refusal;
import org.omnistock.purchasing.entity.PurchaseOrder;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;
import org.omnistock.purchasing.entity.Supplier;

/**
 * Finding suppliers and purchase orders by their codes and numbers, as every purchasing boundary does: unknown ones
 * are a problem naming them, and an order at stores the caller is not bound to does not exist for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PurchasingRecords {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    /** The order; locked (and read again) when it is to change, so its changes are made one at a time. */
    public PurchaseOrder order(String number, boolean lock) {
        PurchaseOrder order = em.createNamedQuery(PurchaseOrder.BY_NUMBER, PurchaseOrder.class)
                .setParameter("number", number).getResultStream().findFirst().orElseThrow(() -> new Refusal(
                        Refusal.Kind.NOT_FOUND, "unknown-purchase-order", "there is no purchase order " + number));
        if (lock) {
            em.lock(order, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(order);
        }
        return order;
    }

    /** A caller bound to stores sees an order with a line at one of them only; to it, others do not exist. */
    public void requireSees(PurchaseOrder order) {
        Optional<Set<String>> visible = access.visibleLocations(Scopes.PURCHASING_READ);
        if (visible.isPresent() && order.getLines().stream()
                .noneMatch(l -> visible.get().contains(l.getLocation().getCode()))) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-purchase-order", "there is no purchase order "
                    + order.getNumber());
        }
    }

    public static void requireStatus(PurchaseOrder order, String what, PurchaseOrderStatus... allowed) {
        for (PurchaseOrderStatus status : allowed) {
            if (order.getStatus() == status) {
                return;
            }
        }
        throw new Refusal(Refusal.Kind.CONFLICT, "wrong-status", order.getNumber() + " is "
                + order.getStatus().name().toLowerCase() + " and cannot be " + what);
    }

    public Optional<Supplier> supplier(String code) {
        return em.createNamedQuery(Supplier.BY_CODE, Supplier.class).setParameter("code", code).getResultStream()
                .findFirst();
    }

    public Supplier knownSupplier(String code) {
        return supplier(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-supplier",
                "there is no supplier " + code));
    }
}
