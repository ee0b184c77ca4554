package org.omnistock.promotion.boundary;

import java.time.Instant;
import java.util.List;

import org.omnistock.messages.promotion.PricedBasket;

/** A priced basket: the unit prices used, the codes' fate, and the engine's result. */
public record BasketQuote(Instant pricedAt, String channel, String location, String customerId, String customerGroup,
                          List<LinePrice> prices, List<CodeOutcome> codes, PricedBasket basket) {
}
