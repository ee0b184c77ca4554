package org.omnistock.messages.tax;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The jurisdictions and their rates, as the server keeps them and stores receive them. */
public record TaxRules(List<Jurisdiction> jurisdictions, List<TaxRate> rates) {

    public static final TaxRules NONE = new TaxRules(List.of(), List.of());

    public TaxRules {
        jurisdictions = List.copyOf(jurisdictions);
        rates = List.copyOf(rates);
    }

    public Optional<Jurisdiction> jurisdiction(String country) {
        return country == null ? Optional.empty()
                : jurisdictions.stream().filter(j -> j.country().equals(country)).findFirst();
    }

    /**
     * The most specific rate for a line of this class and code supplied here, valid at the instant: a region's over
     * its country's, a longer HSN prefix over a shorter one (ties: the one valid from the latest).
     */
    public Optional<TaxRate> rate(String country, String region, TaxClass taxClass, String hsn, Instant at) {
        return rates.stream().filter(r -> r.appliesTo(country, region, taxClass, hsn) && r.validAt(at))
                .max(Comparator.comparingInt(TaxRate::specificity).thenComparing(TaxRate::validFrom));
    }
}
