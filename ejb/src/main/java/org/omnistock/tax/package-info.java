/**
 * Tax rules on the server (docs/sale-to-cash.md, "tax"): the countries that tax ({@code tax_jurisdiction}: scheme,
 * rounding, and the text documents supplied there print at their foot: the seller's legal name, VAT or GST and
 * company numbers) and their rates ({@code tax_rate}: by region, class and HSN prefix, valid from an instant, ended but
 * never changed or deleted). The computation is the one engine of {@link org.omnistock.messages.tax}, which tills
 * run too; this capability only keeps what it reads, and knows no other capability.
 *
 * <p>Who may: reading the rules is {@code read}; changing them {@code tax:write} (admin, accountant). A SKU's tax
 * class and code, a location's country and region, and a price list's tax basis are kept by their own capabilities
 * under the same scope. The rules are held in memory for at most a second ({@link
 * org.omnistock.tax.control.TaxRulesCache}); a change counts from the next sale on this server, and on the others
 * once they are told (a signal on the servers' topic; within the second if it is lost).</p>
 *
 * <p>Where tax is computed: the basket quote (at a store: the store's place; else a delivery country and region if
 * given; else nothing is taxed) and a till's sale (the store's place, the rates valid at {@code soldAt}, the store's
 * price list's basis); a sale stores its summary per component and posts revenue net of tax and the tax to 2200
 * tax payable. Orders, refunds, tenders and documents: to come (docs/sale-to-cash.md).</p>
 */
package org.omnistock.tax;
