package org.omnistock.messages.catalog;

import java.util.List;

import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxClass;

/**
 * A SKU as a store's item master keeps it.
 *
 * @param barcodes every barcode of the SKU, in {@link Gtin#normalise stored form}, in order
 * @param sequence grows by one with every change of this SKU: a receiver keeps the newest
 * @param taxClass how it is taxed (docs/sale-to-cash.md); null (a message from before it was said) for standard
 * @param hsnCode  its HSN or commodity code, or null
 */
public record CatalogItem(String sku, String name, String category, List<String> barcodes, long sequence,
                          TaxClass taxClass, String hsnCode) {

    public CatalogItem {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }

    /** How a till taxes it: standard when the catalog said nothing. */
    public SkuTax tax() {
        return taxClass == null ? SkuTax.STANDARD : new SkuTax(taxClass, hsnCode);
    }
}
