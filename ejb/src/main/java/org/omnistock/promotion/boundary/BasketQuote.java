package org.omnistock.promotion.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.tax.TaxedBasket;

/**
 * A priced basket: the unit prices used, the codes' fate, and the engine's result.
 *
 * @param pointsBalance the named customer's points balance when it was priced; null when no profile is known
 * @param tax           the basket's tax at the location's place of supply (docs/sale-to-cash.md): its {@code gross}
 *                      is what the customer pays (the basket's total, or that plus tax where the list's prices are
 *                      without it); null where nothing is taxed (no location, or one without a country)
 */
public record BasketQuote(Instant pricedAt, String channel, String location, String customerId, String customerGroup,
                          List<LinePrice> prices, List<CodeOutcome> codes, PricedBasket basket, Long pointsBalance,
                          TaxedBasket tax) implements Serializable {
}
