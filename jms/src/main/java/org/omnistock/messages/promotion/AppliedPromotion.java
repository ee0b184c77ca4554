package org.omnistock.messages.promotion;

import java.io.Serializable;
import java.math.BigDecimal;

/** A promotion that gave a discount, how much in all (lines and shipping), and why, in words for the receipt. */
public record AppliedPromotion(String promotion, String name, BigDecimal amount, String reason)
        implements Serializable {
}
