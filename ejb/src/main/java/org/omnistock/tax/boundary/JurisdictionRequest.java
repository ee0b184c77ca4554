package org.omnistock.tax.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;

/**
 * How a country taxes: its scheme and where tax is rounded; what its documents print at their foot (the seller's
 * legal name, VAT or GST number, company number; none: nothing).
 */
public record JurisdictionRequest(@NotNull TaxScheme scheme, @NotNull TaxRounding rounding,
                                  @Size(max = 500) String documentText) {
}
