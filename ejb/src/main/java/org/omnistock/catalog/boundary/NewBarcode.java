package org.omnistock.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A barcode for a SKU: an EAN-13, EAN-8, UPC-A or GTIN-14, with its check digit. */
public record NewBarcode(@NotBlank @Size(max = 20) String barcode) {
}
