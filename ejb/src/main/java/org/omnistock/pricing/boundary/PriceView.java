package org.omnistock.pricing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.pricing.entity.Price;

/**
 * A recorded price entry.
 *
 * @param status {@code SCHEDULED} (takes effect later), {@code CURRENT} (in force), or {@code PAST} (superseded)
 */
public record PriceView(String priceList, String sku, BigDecimal amount, int minQuantity, Instant effectiveFrom,
                        Instant recordedAt, String status) implements Serializable {

    static PriceView of(Price price, String status) {
        return new PriceView(price.getPriceList().getCode(), price.getSku().getCode(), price.getAmount(),
                price.getMinQuantity(), price.getEffectiveFrom(), price.getRecordedAt(), status);
    }
}
