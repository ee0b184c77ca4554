package org.omnistock.messages.tax;

import java.math.BigDecimal;

/**
 * One component of tax (VAT at a rate; CGST, SGST or IGST) and what it comes to, on a line or on a document.
 *
 * @param name    what documents print, such as {@code BTW hoog} or {@code CGST}
 * @param base    the net amount it is charged on
 */
public record TaxAmount(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) {
}
