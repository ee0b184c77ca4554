package org.omnistock.analytics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Stock on hand by how long ago goods last came in (received or transferred in) at its location.
 *
 * @param levels    SKU and location pairs in the bucket
 * @param costValue the units' worth at cost, over those whose cost is known
 */
public record AgeBucket(String age, long levels, long units, BigDecimal costValue) implements Serializable {
}
