package org.omnistock.messages.tax;

/** How a SKU is taxed, wherever it is sold: the rate comes from the place of supply's rules for the class. */
public enum TaxClass {
    STANDARD, REDUCED,
    /** Taxed at 0 %: on a return it is reported as a taxed supply at 0. */
    ZERO,
    /** Outside the tax: reported apart from zero-rated supplies. */
    EXEMPT;

    /** Whether a line of this class needs a rate to be known; zero-rated and exempt lines carry 0 without one. */
    public boolean needsRate() {
        return this == STANDARD || this == REDUCED;
    }
}
