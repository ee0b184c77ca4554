package org.omnistock.marketplace.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.marketplace.entity.MarketplaceListing;

/**
 * A listing and its sync state.
 *
 * @param wanted the channel's sellable figure as last heard, {@code pushed} what the marketplace shows as far as
 *               the platform knows
 */
public record ListingView(String sku, String productId, String variantId, String inventoryItemId, Long wanted,
                          Long pushed, BigDecimal wantedPrice, BigDecimal pushedPrice, String state,
                          boolean stockDue, boolean priceDue, String lastError, Instant syncedAt)
                                  implements Serializable {

    static ListingView of(MarketplaceListing l) {
        return new ListingView(l.getSku(), l.getProductId(), l.getVariantId(), l.getInventoryItemId(),
                l.getWantedQuantity(), l.getPushedQuantity(), l.getWantedPrice(), l.getPushedPrice(),
                l.getState().name(), l.isStockDue(), l.isPriceDue(), l.getLastError(), l.getSyncedAt());
    }
}
