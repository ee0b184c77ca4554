package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.omnistock.messages.Limits;

/**
 * One line of a POS receipt: a SKU, how many were sold (or brought back), at what unit price.
 *
 * @param returnCondition absent on a sold line; on a line the customer brought back (for an order from any channel),
 *                        the state the units go back into: {@code AVAILABLE}, {@code QUALITY_CONTROL} or
 *                        {@code DAMAGED}
 * @param orderNumber     on a line brought back that was bought through another channel: its order, whose line is
 *                        then returned and refunded as if it were returned through that channel
 * @param orderLineNo     with {@code orderNumber}: the order's line
 */
public record PosSaleLine(String sku, Integer quantity, BigDecimal unitPrice, String returnCondition,
                          String orderNumber, Integer orderLineNo) {

    /** The states a returned unit may go back into. */
    public static final Set<String> RETURN_CONDITIONS = Set.of("AVAILABLE", "QUALITY_CONTROL", "DAMAGED");

    public boolean isReturn() {
        return returnCondition != null;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sku == null || sku.isBlank()) {
            problems.add("sku is required");
        } else if (sku.length() > Limits.MAX_SKU_CODE) {
            problems.add("sku is longer than " + Limits.MAX_SKU_CODE + " characters");
        }
        if (quantity == null || quantity <= 0) {
            problems.add("quantity must be a positive whole number");
        } else if (quantity > Limits.MAX_QUANTITY) {
            problems.add("quantity must be at most " + Limits.MAX_QUANTITY);
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            problems.add("unitPrice must be zero or more");
        } else if (!Limits.isMoney(unitPrice)) {
            problems.add("unitPrice must have at most " + Limits.MONEY_INTEGER_DIGITS + " digits before and "
                    + Limits.MONEY_FRACTION_DIGITS + " after the decimal point");
        }
        if (returnCondition != null && !RETURN_CONDITIONS.contains(returnCondition)) {
            problems.add("returnCondition must be one of AVAILABLE, QUALITY_CONTROL, DAMAGED");
        }
        if (orderNumber != null || orderLineNo != null) {
            if (returnCondition == null) {
                problems.add("only a line brought back names an order");
            }
            if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > 20) {
                problems.add("orderNumber must be an order number of at most 20 characters");
            }
            if (orderLineNo == null || orderLineNo < 1 || orderLineNo > Limits.MAX_LINES) {
                problems.add("orderLineNo must be the order's line number");
            }
        }
        return problems;
    }

    String indexLabel(int index) {
        return sku == null || sku.isBlank() ? String.valueOf(index) : index + " " + sku;
    }
}
