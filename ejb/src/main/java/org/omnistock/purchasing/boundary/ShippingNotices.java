package org.omnistock.purchasing.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.purchasing.AdvanceShippingNotice;
import org.omnistock.platform.Refusal;
import org.omnistock.purchasing.control.PurchasingRecords;
import org.omnistock.purchasing.entity.PurchaseOrder;
import org.omnistock.purchasing.entity.PurchaseOrderLine;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;
import org.omnistock.purchasing.entity.ShippingNotice;

/**
 * Advance shipping notices (docs/erp.md): what a supplier says it has sent of an order, by REST (an ERP's or a
 * supplier portal's client, {@code purchasing:write}) or on the broker as the supplier's own user. A notice is
 * recorded once per supplier and number, against a sent order's lines by SKU and location, and goes into the
 * order's trail; goods in may then receive against it.
 */
@Stateless
public class ShippingNotices {

    /** The broker user a supplier sends its notices as: {@code supplier-<code>}. */
    public static final String BROKER_USER_PREFIX = "supplier-";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PurchasingRecords records;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** A notice posted for the order; its {@code purchaseOrder} and {@code supplier}, if given, must be the order's. */
    public ShippingNoticeView record(String orderNumber, AdvanceShippingNotice notice) {
        String actor = access.require(Scopes.PURCHASING_WRITE).id();
        PurchaseOrder order = records.order(orderNumber, true);
        AdvanceShippingNotice complete = new AdvanceShippingNotice(notice.schemaVersion() == null
                ? AdvanceShippingNotice.SCHEMA_VERSION : notice.schemaVersion(), notice.supplier() == null
                ? order.getSupplier().getCode() : notice.supplier(), notice.number(), notice.purchaseOrder() == null
                ? orderNumber : notice.purchaseOrder(), notice.expectedAt(), notice.lines());
        return ShippingNoticeView.of(recordFor(order, complete, actor));
    }

    /**
     * A notice a supplier sent on the broker as {@code sender}: recorded in a transaction of its own.
     *
     * @return why it cannot be recorded (for the dead letter); empty when it was, or was known already
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> fromBroker(AdvanceShippingNotice notice, String sender) {
        List<String> problems = notice.problems();
        if (!problems.isEmpty()) {
            return Optional.of("invalid notice: " + String.join("; ", problems));
        }
        if (sender == null || !sender.equals(BROKER_USER_PREFIX + notice.supplier())) {
            return Optional.of("a notice of supplier " + notice.supplier() + " sent by broker user " + sender
                    + ": a supplier sends only its own notices");
        }
        try {
            Access.asSystem(() -> context.getBusinessObject(ShippingNotices.class).recordSent(notice, sender));
            return Optional.empty();
        } catch (Refusal refusal) {
            return refusal.code().equals("notice-known") ? Optional.empty() : Optional.of(refusal.getMessage());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(AdvanceShippingNotice notice, String sender) {
        recordFor(records.order(notice.purchaseOrder(), true), notice, "broker:" + sender);
    }

    /** The order's notices, oldest first. */
    public List<ShippingNoticeView> of(String orderNumber) {
        access.require(Scopes.PURCHASING_READ);
        PurchaseOrder order = records.order(orderNumber, false);
        records.requireSees(order);
        return em.createNamedQuery(ShippingNotice.OF_ORDER, ShippingNotice.class).setParameter("order", order)
                .getResultStream().map(ShippingNoticeView::of).toList();
    }

    private ShippingNotice recordFor(PurchaseOrder order, AdvanceShippingNotice notice, String actor) {
        List<String> problems = new ArrayList<>(notice.problems());
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-notice", String.join("; ", problems));
        }
        if (!notice.purchaseOrder().equals(order.getNumber()) || !notice.supplier().equals(
                order.getSupplier().getCode())) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-notice", "the notice names " + notice.supplier() + "'s "
                    + notice.purchaseOrder() + "; the order is " + order.getSupplier().getCode() + "'s "
                    + order.getNumber());
        }
        PurchasingRecords.requireStatus(order, "noticed", PurchaseOrderStatus.SENT,
                PurchaseOrderStatus.PARTLY_RECEIVED);
        if (!em.createNamedQuery(ShippingNotice.BY_NUMBER, ShippingNotice.class)
                .setParameter("supplier", order.getSupplier()).setParameter("number", notice.number().strip())
                .getResultList().isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "notice-known", order.getSupplier().getCode()
                    + "'s notice " + notice.number().strip() + " is recorded already");
        }
        ShippingNotice recorded = new ShippingNotice(order.getSupplier(), notice.number().strip(), order,
                notice.expectedAt(), clock.instant(), actor);
        long units = 0;
        for (AdvanceShippingNotice.Line line : notice.lines()) {
            Optional<PurchaseOrderLine> ordered = order.getLines().stream().filter(l -> l.getSku().getCode()
                    .equals(line.sku()) && l.getLocation().getCode().equals(line.locationId())).findFirst();
            if (ordered.isEmpty()) {
                problems.add(line.sku() + " is not ordered for " + line.locationId() + " on " + order.getNumber());
            } else {
                recorded.add(ordered.get(), line.quantity(), line.parcel());
                units += line.quantity();
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-notice", String.join("; ", problems));
        }
        em.persist(recorded);
        long parcels = notice.lines().stream().map(AdvanceShippingNotice.Line::parcel).filter(p -> p != null)
                .distinct().count();
        order.record(recorded.getRecordedAt(), actor, "SHIPPING_NOTICE", "notice " + recorded.getNumber() + ": "
                + units + " unit(s)" + (parcels == 0 ? "" : " in " + parcels + " parcel(s)") + ", arriving "
                + recorded.getExpectedAt());
        return recorded;
    }
}
