package org.omnistock.messages.tax;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line's tax: net + tax = gross, the tax being its components'.
 *
 * @param sku null for the shipping charge
 */
public record TaxedLine(String sku, TaxClass taxClass, BigDecimal net, BigDecimal tax, BigDecimal gross,
                        List<TaxAmount> components) implements Serializable {
}
