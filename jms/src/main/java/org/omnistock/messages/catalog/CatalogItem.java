package org.omnistock.messages.catalog;

import java.util.List;

/**
 * A SKU as a store's item master keeps it.
 *
 * @param barcodes every barcode of the SKU, in {@link Gtin#normalise stored form}, in order
 * @param sequence grows by one with every change of this SKU: a receiver keeps the newest
 */
public record CatalogItem(String sku, String name, String category, List<String> barcodes, long sequence) {

    public CatalogItem {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }
}
