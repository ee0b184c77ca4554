package org.omnistock.marketplace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;

/**
 * Tells a marketplace of its orders' steps one order at a time, the same way for every connector: the due
 * confirmations of the step, oldest first, each with its order as it is now. A throttling ends the round (the bucket
 * waits as asked); a refusal ends that confirmation as FAILED, shown on the account; anything else is tried again
 * later, waiting longer each time ({@link MarketplaceState#confirmationFailed}).
 */
@ApplicationScoped
public class Confirmations {

    private static final int PER_ROUND = 10;

    @Inject
    MarketplaceState state;

    @Inject
    Orders orders;

    @Inject
    Quotas quotas;

    /** What tells the marketplace of one order's step; throws a {@link MarketplaceFault} when it did not. */
    public interface Confirm {
        void confirm(MarketplaceState.Confirmation confirmation, OrderView order);
    }

    /** @return how many were confirmed */
    public int confirmEach(MarketplaceAccount account, MarketplaceState.Step step, String bucket, Confirm confirm) {
        int confirmed = 0;
        for (MarketplaceState.Confirmation due : state.confirmationsDue(account, step, PER_ROUND)) {
            OrderView order = Access.asSystem(() -> orders.find(due.orderNumber())).orElse(null);
            if (order == null) {
                state.confirmationFailed(due, "order " + due.orderNumber() + " is gone", true);
                continue;
            }
            try {
                confirm.confirm(due, order);
                state.confirmed(due.id());
                confirmed++;
            } catch (MarketplaceFault.Throttled throttled) {
                quotas.pause(bucket, throttled.retryAfter());
                state.throttled(account.getId());
                break;
            } catch (MarketplaceFault.Refused refused) {
                state.confirmationFailed(due, refused.getMessage(), true);
            } catch (MarketplaceFault fault) {
                state.confirmationFailed(due, fault.getMessage(), false);
            }
        }
        return confirmed;
    }
}
