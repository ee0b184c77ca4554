package org.omnistock.marketplace.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.order.boundary.OrderCancellation;
import org.omnistock.order.boundary.OrderIntake;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.platform.Refusal;
import org.omnistock.promotion.boundary.BasketItem;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketRequest;

/**
 * Brings a marketplace's order into the one order intake (marketplace package documentation): placed once under
 * the account's channel with the marketplace's id as its external id, cancelled when the marketplace cancelled it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the order intake runs its own transactions
public class MarketplaceOrders {

    /** What became of a marketplace order. */
    public enum Outcome {
        PLACED, ALREADY_PLACED, CANCELLED, NOT_IMPORTED_CANCELLED, REFUSED
    }

    @Inject
    OrderIntake intake;

    @Inject
    Orders orders;

    @Inject
    BasketPricing pricing;

    @Inject
    MarketplaceState state;

    /**
     * Imports or cancels the order. A refusal of the order itself (an unknown SKU, no address to route to) is
     * {@code REFUSED}, with the reason among the account's errors: trying again would not help. Anything else (the
     * database, a lock) is thrown, and the poll that met it leaves its cursor before this order.
     */
    public Outcome importOrder(MarketplaceAccount account, RemoteOrder remote) {
        return Access.asSystem(() -> {
            String channel = account.getChannelCode();
            Optional<OrderView> existing = orders.findByExternalId(channel, remote.id());
            if (remote.cancelled()) {
                return existing.map(order -> cancel(account, order)).orElse(Outcome.NOT_IMPORTED_CANCELLED);
            }
            if (existing.isPresent()) {
                return Outcome.ALREADY_PLACED;
            }
            try {
                intake.place(newOrder(account, remote));
                state.imported(account.getId());
                return Outcome.PLACED;
            } catch (Refusal refusal) {
                if ("order-exists".equals(refusal.code())) {
                    return Outcome.ALREADY_PLACED;
                }
                state.failed(account.getId(), "order " + remote.id() + " not imported: " + refusal.getMessage());
                return Outcome.REFUSED;
            }
        });
    }

    private Outcome cancel(MarketplaceAccount account, OrderView order) {
        if (order.status() == OrderStatus.CANCELLED) {
            return Outcome.ALREADY_PLACED;
        }
        try {
            orders.cancel(order.number(), new OrderCancellation(List.of(), "cancelled on marketplace account "
                    + account.getCode()));
            return Outcome.CANCELLED;
        } catch (Refusal refusal) {
            state.failed(account.getId(), "order " + order.externalId() + " cancelled on the marketplace, not here: "
                    + refusal.getMessage());
            return Outcome.REFUSED;
        }
    }

    /**
     * The order as the intake takes it: priced by the platform (the channel's prices, which the connector keeps
     * on the marketplace), with what the marketplace collected as the payment authorised.
     */
    private NewOrder newOrder(MarketplaceAccount account, RemoteOrder remote) {
        if (remote.shipTo() == null || remote.shipTo().latitude() == null || remote.shipTo().longitude() == null) {
            throw new Refusal(Refusal.Kind.INVALID, "no-address", "the order has no shipping address with "
                    + "coordinates to route it by");
        }
        List<NewOrder.Line> lines = remote.lines().stream()
                .map(line -> new NewOrder.Line(line.sku(), line.quantity(), null)).toList();
        BasketRequest basket = new BasketRequest(remote.currency(), account.getChannelCode(), null,
                remote.customerId(), null, null, remote.lines().stream()
                .map(line -> new BasketItem(line.sku(), line.quantity())).toList(), remote.shipping(), List.of(),
                null);
        RemoteOrder.Address to = remote.shipTo();
        return new NewOrder(remote.id(), account.getChannelCode(), remote.currency(), remote.customerId(), null,
                List.of(), remote.shipping(), pricing.quote(basket).basket().total(), lines,
                List.of(new NewOrder.Delivery("ship", DeliveryMode.SHIP, new NewOrder.Address(to.recipient(),
                        to.line1(), blankToNull(to.line2()), to.postalCode(), to.city(), to.country(),
                        to.latitude(), to.longitude(), null), null, null)),
                remote.total().signum() > 0 ? new NewOrder.Authorisation(remote.total(),
                        account.getCode() + ":" + remote.id()) : null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
