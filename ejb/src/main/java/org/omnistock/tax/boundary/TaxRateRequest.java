package org.omnistock.tax.boundary;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.omnistock.messages.tax.TaxClass;

/**
 * A new rate; its rules are {@link org.omnistock.messages.tax.TaxRate#problems()}.
 *
 * @param validFrom when it starts to count; now if not given
 */
public record TaxRateRequest(String country, String region, @NotNull TaxClass taxClass, String hsnPrefix,
                             @NotNull BigDecimal percent, String name, Instant validFrom, Instant validTo) {
}
