package org.omnistock.promotion.boundary;

/** What became of a coupon code presented with a basket. */
public record CodeOutcome(String code, String promotion, boolean accepted, String reason) {
}
