package org.omnistock.valuation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.omnistock.messages.Money;

/**
 * What one SKU at one location is worth: its units and their value, kept as a value rather than an average so the
 * average cannot drift (docs/erp.md, "the moving average, by value"). The average is value / units, shown at
 * unit-cost digits and never stored as the truth. Immutable: each movement gives the position after it and what it
 * did to the books.
 *
 * <ul>
 *   <li>A receipt adds its units and their extended value ({@link Money#round}).</li>
 *   <li>An issue takes its units' part of the value as {@link Money#unitsOfLine} spreads a total over units, so the
 *       last unit out takes exactly what is left: no units, no value.</li>
 *   <li>Units issued beyond what the position holds (a till sold what the books did not have) are costed at the
 *       last known unit cost and the position goes negative in units and value; the receipt that brings it back
 *       first covers those units, and what they really cost beyond what was booked for them goes to the cost of
 *       goods sold. The average is never taken from a negative position.</li>
 * </ul>
 *
 * @param units        on hand as valued (negative after overselling)
 * @param value        their value at the currency's digits (negative with negative units)
 * @param lastUnitCost the unit cost issues beyond the position are costed at: the average after the last receipt,
 *                     or the SKU's standard cost before any
 * @param digits       the currency's minor-unit digits
 */
public record CostPosition(long units, BigDecimal value, BigDecimal lastUnitCost, int digits) {

    /** Unit costs and averages carry this many decimals (a rate, not money). */
    public static final int UNIT_COST_DIGITS = 4;

    /**
     * What a movement did: the position after it, the change of the stock account, and the cost of goods sold it
     * brought (an issue's cost; a receipt's settlement of oversold units, which may be negative).
     */
    public record Change(CostPosition after, BigDecimal stockValue, BigDecimal costOfGoods) {
    }

    public CostPosition {
        if (value.scale() > digits) {
            throw new IllegalArgumentException("a position's value has the currency's digits, not " + value);
        }
        value = value.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** A position never received yet: issues from it are costed at the SKU's standard cost. */
    public static CostPosition empty(BigDecimal standardCost, int digits) {
        return new CostPosition(0, BigDecimal.ZERO.setScale(digits), standardCost == null ? BigDecimal.ZERO
                : standardCost, digits);
    }

    /** Value / units at unit-cost digits; the last unit cost while the position holds nothing or less. */
    public BigDecimal average() {
        return units > 0 ? value.divide(BigDecimal.valueOf(units), UNIT_COST_DIGITS, RoundingMode.HALF_UP)
                : lastUnitCost;
    }

    /** {@code quantity} units received at {@code unitCost} each (a PO's landed cost, a transfer's source cost). */
    public Change receive(long quantity, BigDecimal unitCost) {
        requirePositive(quantity);
        BigDecimal received = Money.round(unitCost.multiply(BigDecimal.valueOf(quantity)), digits);
        return receiveValue(quantity, received);
    }

    /** {@code quantity} units received worth {@code received} in all (a transfer in carries its value as it left). */
    public Change receiveValue(long quantity, BigDecimal received) {
        requirePositive(quantity);
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        if (units >= 0) {
            CostPosition after = withUnitsAndValue(units + quantity, value.add(received));
            return new Change(after, received, zero);
        }
        long oversold = -units;
        long covered = Math.min(quantity, oversold);
        BigDecimal booked = part(value.negate(), oversold, covered);
        BigDecimal cost = part(received, quantity, covered);
        BigDecimal settlement = cost.subtract(booked);
        CostPosition after = withUnitsAndValue(units + quantity, value.add(booked).add(received.subtract(cost)));
        return new Change(after, after.value.subtract(value), settlement);
    }

    /** {@code quantity} units out (a sale, a shipment, a write-off, a transfer out), at their part of the value. */
    public Change issue(long quantity) {
        requirePositive(quantity);
        long held = Math.max(0, units);
        long fromHeld = Math.min(quantity, held);
        BigDecimal taken = fromHeld == 0 ? BigDecimal.ZERO.setScale(digits) : part(value, held, fromHeld);
        long beyond = quantity - fromHeld;
        if (beyond > 0) {
            taken = taken.add(Money.round(lastUnitCost.multiply(BigDecimal.valueOf(beyond)), digits));
        }
        CostPosition after = new CostPosition(units - quantity, value.subtract(taken), lastUnitCost, digits);
        return new Change(after, taken.negate(), taken);
    }

    /**
     * The units held become worth {@code amount} more (or less): a landed cost or an invoice's price difference for
     * the part of a receipt still on hand. No units move; a position holding nothing cannot be revalued, what was
     * sold of the receipt goes to the books, not here.
     */
    public Change revalue(BigDecimal amount) {
        if (amount.signum() != 0 && units <= 0) {
            throw new IllegalArgumentException("a position of " + units + " units cannot be revalued");
        }
        BigDecimal change = Money.stored(amount, digits);
        return new Change(units > 0 ? withUnitsAndValue(units, value.add(change)) : this, change,
                BigDecimal.ZERO.setScale(digits));
    }

    private CostPosition withUnitsAndValue(long newUnits, BigDecimal newValue) {
        BigDecimal last = newUnits > 0 ? newValue.divide(BigDecimal.valueOf(newUnits), UNIT_COST_DIGITS,
                RoundingMode.HALF_UP) : lastUnitCost;
        return new CostPosition(newUnits, newValue, last, digits);
    }

    /** What the first {@code count} of {@code of} units worth {@code total} come to. */
    private BigDecimal part(BigDecimal total, long of, long count) {
        if (of > Integer.MAX_VALUE) {
            throw new ArithmeticException("a position of more than " + Integer.MAX_VALUE + " units");
        }
        return Money.unitsOfLine(total, (int) of, 0, (int) count, digits);
    }

    private static void requirePositive(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement of " + quantity + " units");
        }
    }
}
