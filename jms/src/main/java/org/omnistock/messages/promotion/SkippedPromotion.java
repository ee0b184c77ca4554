package org.omnistock.messages.promotion;

/** A promotion that could have applied to this basket but did not, and why. */
public record SkippedPromotion(String promotion, String reason) {
}
