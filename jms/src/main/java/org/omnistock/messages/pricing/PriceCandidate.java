package org.omnistock.messages.pricing;

/** One entry of one list, as the selector weighs it. */
public record PriceCandidate(PriceScope scope, PriceEntry entry) {
}
