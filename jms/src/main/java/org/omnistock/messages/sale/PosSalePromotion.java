package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.omnistock.messages.Limits;

/**
 * A promotion a till applied to a receipt, as the basket engine gave it ({@code AppliedPromotion}: its code and the
 * discount in all); the discount is already in the lines' unit prices. The server counts it against the
 * promotion's budget, its coupon's uses and the customer's limit when the sale arrives.
 *
 * @param coupon the code the customer presented, for a promotion that needs one; null otherwise
 */
public record PosSalePromotion(String promotion, BigDecimal amount, String coupon) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (promotion == null || !CODE.matcher(promotion).matches()) {
            problems.add("promotion must be a promotion's code");
        }
        if (amount == null || amount.signum() < 0 || !Limits.isMoney(amount)) {
            problems.add("amount must be the discount it gave, zero or more");
        }
        if (coupon != null && !CODE.matcher(coupon).matches()) {
            problems.add("coupon, when given, is a coupon code");
        }
        return problems;
    }
}
