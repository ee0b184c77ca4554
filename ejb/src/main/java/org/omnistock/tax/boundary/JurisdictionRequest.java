package org.omnistock.tax.boundary;

import jakarta.validation.constraints.NotNull;

import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;

/** How a country taxes: its scheme and where tax is rounded. */
public record JurisdictionRequest(@NotNull TaxScheme scheme, @NotNull TaxRounding rounding) {
}
