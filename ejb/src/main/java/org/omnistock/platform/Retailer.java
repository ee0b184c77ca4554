package org.omnistock.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.messages.Money;

/**
 * The retailer's own currency ({@code omnistock.currency}, ISO 4217, EUR unless set): what a till's sale is in (a
 * sale names no currency) and what the loyalty programme's points are worth in.
 */
@ApplicationScoped
public class Retailer {

    @Inject
    @ConfigProperty(name = "omnistock.currency", defaultValue = "EUR")
    String currency;

    public String currency() {
        return currency;
    }

    /** The currency's minor-unit digits, for {@link Money}'s rules. */
    public int digits() {
        return Money.digits(currency);
    }
}
