package org.omnistock.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A SKU's new name and category (no category: none). */
public record SkuChange(@NotBlank @Size(max = 200) String name, @Size(max = 100) String category) {
}
