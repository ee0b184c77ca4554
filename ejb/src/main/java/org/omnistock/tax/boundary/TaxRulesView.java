package org.omnistock.tax.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;

/** Every jurisdiction and rate, ended ones too. */
public record TaxRulesView(List<JurisdictionView> jurisdictions, List<RateView> rates) implements Serializable {

    public record JurisdictionView(String country, TaxScheme scheme, TaxRounding rounding, String documentText,
                                   Instant updatedAt, String updatedBy) implements Serializable {
    }

    public record RateView(long id, String country, String region, TaxClass taxClass, String hsnPrefix,
                           BigDecimal percent, String name, Instant validFrom, Instant validTo)
                                   implements Serializable {
    }
}
