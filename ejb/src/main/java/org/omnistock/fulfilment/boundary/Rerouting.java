package org.omnistock.fulfilment.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.platform.Refusal;

/**
 * Routes an order's waiting units again: after a location gave them up (rejected, expired), when a person asks, and
 * every five seconds for any order whose units went back to routing and were not routed yet (the server stopped in
 * between, or every try lost its stock to other orders).
 */
@Stateless
public class Rerouting {

    private static final Logger LOG = Logger.getLogger(Rerouting.class.getName());
    /** Tries before the units are left waiting for the next sweep (each try reads the stock afresh). */
    static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Allocations allocations;

    @Inject
    Fulfilments fulfilments;

    /**
     * Routes the order's waiting units, each try in a transaction of its own; an order on hold is left alone.
     *
     * @return true if it was routed (or there was nothing to route), false if every try lost its stock
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean rerouteWaiting(long orderId, RoutingDecisionRecord.Trigger trigger, String actor) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                context.getBusinessObject(Rerouting.class).rerouteOnce(orderId, trigger, actor);
                return true;
            } catch (Refusal refusal) {
                if (!"stock-moved".equals(refusal.code()) && !"capacity-taken".equals(refusal.code())) {
                    throw refusal;
                }
                LOG.log(Level.FINE, "Order {0}: routing again, {1}", new Object[] {orderId, refusal.getMessage()});
            }
        }
        return false;
    }

    /** One try, for {@link #rerouteWaiting}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rerouteOnce(long orderId, RoutingDecisionRecord.Trigger trigger, String actor) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            return;
        }
        em.refresh(order);
        if (order.isOnHold()) {
            return;
        }
        Map<Integer, Integer> waiting = fulfilments.waitingUnits(order);
        for (DeliveryGroup group : order.getDeliveryGroups()) {
            List<Demand> lines = new ArrayList<>();
            for (OrderLine line : order.getLines()) {
                Integer units = waiting.get(line.getLineNo());
                if (units != null && line.getDeliveryGroup().getId().equals(group.getId())) {
                    lines.add(new Demand(line.getLineNo(), line.getSku().getCode(), units));
                }
            }
            if (!lines.isEmpty()) {
                allocations.allocate(order, group, lines, trigger, actor);
            }
        }
        order.rerouted();
    }

    /** Orders whose units went back to routing and were not routed again yet. */
    public List<Long> pending(int max) {
        return em.createNamedQuery(CustomerOrder.FIND_REROUTE_PENDING, Long.class).setMaxResults(max)
                .getResultList();
    }
}
