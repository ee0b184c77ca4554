package org.omnistock.fulfilment.routing;

/**
 * A location as routing sees it at the moment of the decision.
 *
 * @param type           {@code STORE}, {@code WAREHOUSE}, {@code DARK_STORE}
 * @param ships          whether it sends parcels (to customers, or to a store for pickup)
 * @param offersPickup   whether customers may collect orders there
 * @param capacityLimit  fulfilments it takes per day; null for no limit
 * @param capacityUsed   fulfilments it already took today
 * @param fulfilmentCost what one fulfilment from here costs (handling and carrier), in the order's currency units
 * @param rejectionRate  the share of its recent fulfilments it rejected or let expire, 0 to 1
 */
public record Site(String code, String type, double latitude, double longitude, boolean ships, boolean offersPickup,
                   Integer capacityLimit, int capacityUsed, double fulfilmentCost, double rejectionRate) {

    /** Fulfilments it may still take today; {@link Integer#MAX_VALUE} without a limit. */
    public int capacityLeft() {
        return capacityLimit == null ? Integer.MAX_VALUE : Math.max(0, capacityLimit - capacityUsed);
    }
}
