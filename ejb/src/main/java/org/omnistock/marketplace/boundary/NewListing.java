package org.omnistock.marketplace.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a SKU is on the marketplace (Shopify: the product's, variant's and inventory item's gids). */
public record NewListing(@NotBlank @Size(max = 200) String productId,
                         @NotBlank @Size(max = 200) String variantId,
                         @NotBlank @Size(max = 200) String inventoryItemId) {
}
