/**
 * Tax: the one computation ({@link org.omnistock.messages.tax.TaxEngine}) and the rules it reads, plain Java in the
 * module stores depend on, so that a till offline charges the tax the server computes, to the minor unit
 * (docs/sale-to-cash.md).
 *
 * <h2>Which rate</h2>
 * A SKU has a {@link org.omnistock.messages.tax.TaxClass} and may have an HSN (commodity) code. The place of supply
 * ({@link org.omnistock.messages.tax.TaxPlace}: the store for a till sale or a pickup, the delivery address for an
 * order shipped) chooses the country; a country taxes only if it has a
 * {@link org.omnistock.messages.tax.Jurisdiction}, and a line there takes the most specific
 * {@link org.omnistock.messages.tax.TaxRate} valid at the instant of the supply: a region's over its country's, a
 * longer HSN prefix over a shorter one or none. A standard or reduced line with no rate is refused
 * ({@link org.omnistock.messages.tax.MissingTaxRate}), never charged 0; zero-rated and exempt lines carry 0 and are
 * listed apart. Under GST a supply inside the seller's region is taxed half CGST, half SGST; between regions IGST.
 *
 * <h2>How much</h2>
 * Tax is computed on what the customer pays for each line, after promotions and points; a shipping charge is shared
 * over the goods by value ({@link org.omnistock.messages.Money#share}) and each share taxed at its goods' rate (at
 * the standard rate if the goods cost nothing). Prices that include tax: tax = amount x rate / (100 + total rate);
 * prices without: tax = amount x rate / 100, and the customer pays both. Exact quotients carry twelve more decimals
 * than the currency; then each jurisdiction rounds half up, either each line's component
 * ({@link org.omnistock.messages.tax.TaxRounding#PER_LINE}) or each component once over the basket, shared back
 * over the lines by the largest remainder ({@link org.omnistock.messages.tax.TaxRounding#PER_INVOICE}). Lines,
 * shipping and the summary per component always add up to the basket's tax, and net + tax = gross everywhere.
 * Amounts are zero or more: what is given back is the tax of the units returned, negated by the caller.
 */
package org.omnistock.messages.tax;
