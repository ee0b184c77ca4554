package org.omnistock.location.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.omnistock.platform.Refusal;

/**
 * Where a location supplies from, for tax: its country (ISO 3166-1) and region (ISO 3166-2 of that country, GST's
 * state), or no country at all: it taxes nothing.
 */
public record TaxPlaceRequest(@Pattern(regexp = "[A-Z]{2}", message = "must be two upper-case letters") String country,
                              @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code "
                                      + "such as IN-KA") String region) {

    /** The country, blank as none. */
    public String countryOrNone() {
        return country == null || country.isBlank() ? null : country;
    }

    /** The region, blank as none. */
    public String regionOrNone() {
        return region == null || region.isBlank() ? null : region;
    }

    /**
     * Refused unless the region is one of the country's.
     *
     * @throws Refusal INVALID {@code invalid-tax-place}
     */
    public void requireConsistent() {
        String at = countryOrNone();
        String in = regionOrNone();
        if (in != null && (at == null || !in.startsWith(at + "-"))) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-tax-place", "region " + in + " is not one of "
                    + (at == null ? "no country" : at));
        }
    }
}
