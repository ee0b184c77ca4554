package org.omnistock.messages.tax;

/** Where a jurisdiction rounds tax to the minor unit. */
public enum TaxRounding {
    /** Each line's tax (each component of it) rounded; the document's is their sum. */
    PER_LINE,
    /**
     * Each rate's tax computed exactly over the document's lines and rounded once; the lines get their shares by
     * the largest remainder, so that they add up to it.
     */
    PER_INVOICE
}
