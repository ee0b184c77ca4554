package org.omnistock.messages.promotion;

import java.io.Serializable;
/** A promotion that could have applied to this basket but did not, and why. */
public record SkippedPromotion(String promotion, String reason) implements Serializable {
}
