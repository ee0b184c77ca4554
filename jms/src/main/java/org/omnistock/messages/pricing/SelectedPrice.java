package org.omnistock.messages.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/** The price that applies, and where it comes from. */
public record SelectedPrice(String sku, BigDecimal amount, String currency, String priceList, int minQuantity,
                            Instant effectiveFrom) {

    static SelectedPrice of(PriceCandidate candidate) {
        return new SelectedPrice(candidate.entry().sku(), candidate.entry().amount(), candidate.scope().currency(),
                candidate.scope().priceList(), candidate.entry().minQuantity(), candidate.entry().effectiveFrom());
    }
}
