package org.omnistock.promotion.boundary;

import java.io.Serializable;
/** What became of a coupon code presented with a basket. */
public record CodeOutcome(String code, String promotion, boolean accepted, String reason) implements Serializable {
}
