package org.omnistock.location.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a location supplies from, for tax: its country (ISO 3166-1) and region (ISO 3166-2 of that country, GST's
 * state), or no country at all: it taxes nothing.
 */
public record TaxPlaceRequest(@Pattern(regexp = "[A-Z]{2}", message = "must be two upper-case letters") String country,
                              @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code "
                                      + "such as IN-KA") String region) {
}
