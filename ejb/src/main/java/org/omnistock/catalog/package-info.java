/**
 * Catalog: the SKUs Omnistock knows and the barcodes that find them.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.catalog.entity.Sku SKU}: one sellable variant, identified by its code (unique,
 *       upper-case letters, digits and {@code - _ .}), with a name, a category, what a unit costs the retailer where
 *       known (set from then on; sales already counted keep the cost they had, and margins leave out what has
 *       none), how it is taxed (its {@link org.omnistock.messages.tax.TaxClass tax class}, {@code STANDARD} unless
 *       set, and an HSN code where rates go by it; docs/sale-to-cash.md), and a sequence that grows by one with
 *       each change stores are told of.</li>
 *   <li>{@link org.omnistock.catalog.entity.SkuBarcode barcode}: a GTIN (EAN-13, EAN-8, UPC-A, GTIN-14) on one SKU;
 *       a SKU has up to {@value org.omnistock.catalog.boundary.Skus#MAX_BARCODES} (its own, multipacks, older
 *       packagings). Stored in the one form {@link org.omnistock.messages.catalog.Gtin} gives, with its check digit
 *       checked, so that a UPC-A scanned as 12 digits and the same code listed as an EAN-13 find the same SKU, and a
 *       misread scan is refused rather than stored.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A barcode finds one SKU: giving it to a second is refused (409 {@code barcode-taken}) until it is taken off
 *       the first. The same barcode on the same SKU again changes nothing.</li>
 *   <li>A catalog file ({@link org.omnistock.catalog.boundary.SkuCsv}: {@code code,name,category,unitCost,barcodes})
 *       creates and changes SKUs all or none: every line is checked first (what it says, that a code is on one line
 *       only, that its barcodes are GTINs on no other line and no other SKU) and a wrong line refuses the file with
 *       one detail per line, as price files are. An empty field leaves what the SKU has; a barcodes field is the
 *       SKU's barcodes from then on. The same file again changes nothing.</li>
 *   <li>Every change stores are told of (a new SKU, its name, category or barcodes; not its cost, which stays in the
 *       back office) goes out on {@code omnistock.sku.changed} as
 *       {@link org.omnistock.messages.catalog.CatalogChanged} through the outbox, in its transaction; a file's
 *       changes in as few messages as fit the outbox's body size. Each item carries its SKU's sequence, so a store's
 *       item master keeps the newest whatever the order it hears them in.</li>
 *   <li>Who may: reading the catalog and looking up a barcode needs {@code read} (every till); creating and
 *       changing SKUs, their costs and barcodes, and importing a file, {@code catalog:write}; their tax class and
 *       HSN code, {@code tax:write} (the accountant). The tax class does not reach stores' item masters yet.</li>
 * </ul>
 */
package org.omnistock.catalog;
