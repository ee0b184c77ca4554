package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** A category's delivery tolerance, which takes the place of the supplier's for the category's SKUs. */
public record CategoryToleranceView(String category, BigDecimal overPercent, int overUnits, Instant updatedAt,
                                    String updatedBy) {
}
