package org.omnistock.marketplace.boundary;

import java.io.Serializable;
/**
 * One listing's figure on the marketplace beside the channel's sellable figure now.
 *
 * @param marketplace what the marketplace shows now; null when it does not have the item at the location
 * @param reason      why they differ: {@code push pending}, {@code conflict}, {@code error: ...}, {@code not on the
 *                    marketplace}, {@code unexplained}; null when they agree
 */
public record ReconciliationRow(String sku, long sellable, Long marketplace, String state, String reason)
        implements Serializable {
}
