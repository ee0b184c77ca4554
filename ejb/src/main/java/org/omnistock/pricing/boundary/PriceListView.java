package org.omnistock.pricing.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.pricing.entity.PriceList;

public record PriceListView(String code, String name, String currency, String channel, String priceZone,
                            String customerGroup, int priority, Instant validFrom, Instant validTo, long sequence,
                            Instant createdAt, boolean pricesIncludeTax) implements Serializable {

    static PriceListView of(PriceList list) {
        return new PriceListView(list.getCode(), list.getName(), list.getCurrency(), list.getChannel(),
                list.getPriceZone(), list.getCustomerGroup(), list.getPriority(), list.getValidFrom(),
                list.getValidTo(), list.getSequence(), list.getCreatedAt(), list.isPricesIncludeTax());
    }
}
