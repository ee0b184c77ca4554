package org.omnistock.messages.tax;

import java.util.ArrayList;
import java.util.List;

/**
 * A country that taxes what is supplied in it, and how.
 *
 * @param country  ISO 3166-1 alpha-2, upper case
 */
public record Jurisdiction(String country, TaxScheme scheme, TaxRounding rounding) {

    /** What is wrong with it, empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (country == null || !country.matches("[A-Z]{2}")) {
            problems.add("country must be two upper-case letters (ISO 3166-1)");
        }
        if (scheme == null) {
            problems.add("scheme is required (VAT or GST)");
        }
        if (rounding == null) {
            problems.add("rounding is required (PER_LINE or PER_INVOICE)");
        }
        return problems;
    }
}
