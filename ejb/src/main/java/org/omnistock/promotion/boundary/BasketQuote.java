package org.omnistock.promotion.boundary;

import java.time.Instant;
import java.util.List;

import org.omnistock.messages.promotion.PricedBasket;

/**
 * A priced basket: the unit prices used, the codes' fate, and the engine's result.
 *
 * @param pointsBalance the named customer's points balance when it was priced; null when no profile is known
 */
public record BasketQuote(Instant pricedAt, String channel, String location, String customerId, String customerGroup,
                          List<LinePrice> prices, List<CodeOutcome> codes, PricedBasket basket, Long pointsBalance) {
}
