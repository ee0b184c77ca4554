package org.omnistock.tillday.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One running total of a till day: per tender ({@code TENDER}, {@code CASH}), per tax component and rate
 * ({@code TAX}, {@code BTW hoog@21}: {@code base} and tax in {@code amount}), per kind of document
 * ({@code DOCUMENT}, {@code SIMPLIFIED}: what they came to).
 *
 * @param entries how many receipts added to it
 */
public record DayTotal(String kind, String key, BigDecimal amount, BigDecimal base, long entries)
        implements Serializable {

    public static final String TENDER = "TENDER";
    public static final String TAX = "TAX";
    public static final String DOCUMENT = "DOCUMENT";
    /** A receipt whose till did not say how it was paid. */
    public static final String UNSAID = "UNSAID";
}
