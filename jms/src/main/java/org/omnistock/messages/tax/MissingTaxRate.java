package org.omnistock.messages.tax;

/**
 * A taxed country has no rate for a line's class (and code) at the instant: the sale cannot be taxed, and is
 * refused rather than charged 0.
 */
public class MissingTaxRate extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingTaxRate(String message) {
        super(message);
    }
}
