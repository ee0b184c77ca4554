package org.omnistock.marketplace.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a SKU is on the marketplace. Shopify: the product's, variant's and inventory item's gids. Amazon: the ASIN
 * as product and the seller SKU as variant, no inventory item.
 */
public record NewListing(@NotBlank @Size(max = 200) String productId,
                         @NotBlank @Size(max = 200) String variantId,
                         @Size(max = 200) String inventoryItemId) {
}
