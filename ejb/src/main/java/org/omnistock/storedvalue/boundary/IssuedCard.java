package org.omnistock.storedvalue.boundary;

/**
 * A gift card just issued, with its code: the only time the code is given (only its hash is kept). Print it or hand
 * it to the customer now.
 */
public record IssuedCard(String code, CardView card) {
}
