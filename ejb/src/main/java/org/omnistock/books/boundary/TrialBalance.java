package org.omnistock.books.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Each account's balance before the period, its debits and credits in it, and its balance at its end; the totals
 * of debits and credits are equal, or the journal is broken.
 *
 * @param location the one location whose entries it sums; null for the whole business
 */
public record TrialBalance(Instant from, Instant to, String location, String currency, List<Row> rows,
                           BigDecimal totalDebits, BigDecimal totalCredits) implements Serializable {

    /** One account; balances are debits minus credits (a credit balance is negative). */
    public record Row(String account, String name, String type, BigDecimal opening, BigDecimal debits,
                      BigDecimal credits, BigDecimal closing) implements Serializable {
    }

    public TrialBalance {
        rows = List.copyOf(rows);
    }
}
