package org.omnistock.messages.tax;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rate of tax: in a country (or one of its regions), for a tax class (and, where rates go by commodity code, for
 * the HSN codes starting with a prefix), valid from an instant until another (or for good).
 *
 * @param region    ISO 3166-2 (such as {@code IN-KA}); null for the whole country
 * @param hsnPrefix the commodity codes it is for, by prefix (India's GST goes by HSN); null for every code
 * @param percent   0 to 100, at most 4 decimals
 * @param name      what documents print for it, such as {@code BTW hoog}
 * @param validTo   exclusive; null for no end
 */
public record TaxRate(String country, String region, TaxClass taxClass, String hsnPrefix, BigDecimal percent,
                      String name, Instant validFrom, Instant validTo) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A percent written the one way, whatever its scale was ({@code 21.0000} and {@code 21} are {@code 21}): rates
     * read back from a column of four decimals, and the components made of them, compare and print alike.
     */
    public static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && (validTo == null || at.isBefore(validTo));
    }

    /** Whether it is for a line of this class and code sold in this country and region. */
    public boolean appliesTo(String supplyCountry, String supplyRegion, TaxClass lineClass, String hsn) {
        return country.equals(supplyCountry) && (region == null || region.equals(supplyRegion))
                && taxClass == lineClass && (hsnPrefix == null || hsn != null && hsn.startsWith(hsnPrefix));
    }

    /** How specific it is: a region's over its country's, a longer HSN prefix over a shorter one or none. */
    int specificity() {
        return (region == null ? 0 : 1_000) + (hsnPrefix == null ? 0 : hsnPrefix.length());
    }

    /** What is wrong with it, empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (country == null || !country.matches("[A-Z]{2}")) {
            problems.add("country must be two upper-case letters (ISO 3166-1)");
        }
        if (region != null && (country == null || !region.matches(country + "-[A-Z0-9]{1,3}"))) {
            problems.add("region, when given, is the country's ISO 3166-2 subdivision, such as IN-KA");
        }
        if (taxClass == null) {
            problems.add("taxClass is required");
        }
        if (hsnPrefix != null && !hsnPrefix.matches("[0-9]{2,8}")) {
            problems.add("hsnPrefix, when given, is 2 to 8 digits");
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.scale() > 4) {
            problems.add("percent must be 0 to 100 with at most 4 decimals");
        }
        if (name == null || name.isBlank() || name.length() > 40) {
            problems.add("name is required, at most 40 characters");
        }
        if (validFrom == null) {
            problems.add("validFrom is required");
        } else if (validTo != null && !validTo.isAfter(validFrom)) {
            problems.add("validTo must be after validFrom");
        }
        return problems;
    }
}
