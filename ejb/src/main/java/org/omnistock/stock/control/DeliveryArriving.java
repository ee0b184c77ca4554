package org.omnistock.stock.control;

import java.util.Map;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * CDI event, fired synchronously by goods in ({@code Deliveries}) in the receiving transaction, after the receipt was
 * checked and before its lines are posted: the capability whose document the delivery is (purchasing, for a
 * purchase order's) may {@link #take} it and receive it by its own rules (the order's prices, the supplier's
 * tolerance, what stays expected), through the same ledger; goods in then posts nothing itself. Stock does not know
 * who takes it.
 *
 * @param reference the delivery's reference (a purchase order's number, {@code number.2} for a later part)
 * @param lines     what came of each SKU still expected under it
 */
public final class DeliveryArriving {

    private final String reference;
    private final Location location;
    private final Map<Sku, Long> lines;
    private boolean taken;

    public DeliveryArriving(String reference, Location location, Map<Sku, Long> lines) {
        this.reference = reference;
        this.location = location;
        this.lines = Map.copyOf(lines);
    }

    /** The delivery is received by the observer; goods in must not post it. */
    public void take() {
        taken = true;
    }

    public boolean taken() {
        return taken;
    }

    public String reference() {
        return reference;
    }

    public Location location() {
        return location;
    }

    public Map<Sku, Long> lines() {
        return lines;
    }
}
