package org.omnistock.messages.tax;

/** How a country's tax is made up. */
public enum TaxScheme {
    /** One value-added tax per rate, the place of supply's. */
    VAT,
    /** India's GST: inside the seller's state half central (CGST) and half state (SGST), between states IGST. */
    GST
}
