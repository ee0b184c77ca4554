package org.omnistock.messages.tax;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A basket's tax.
 *
 * @param taxed      false when the place of supply's country taxes nothing here (no jurisdiction): every tax is 0
 * @param lines      the goods' lines, in the basket's order
 * @param shipping   the shipping charge's tax (shared over the goods' rates by value); null when there is none
 * @param summary    per component and rate, in the order first met: the base and the tax, as documents print
 * @param gross      what the customer pays: the lines and shipping as priced if prices include tax, else those
 *                   plus the tax
 */
public record TaxedBasket(String currency, boolean taxed, boolean pricesIncludeTax, List<TaxedLine> lines,
                          TaxedLine shipping, List<TaxAmount> summary, BigDecimal net, BigDecimal tax,
                          BigDecimal gross) implements Serializable {
}
