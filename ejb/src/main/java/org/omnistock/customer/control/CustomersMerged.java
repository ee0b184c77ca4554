package org.omnistock.customer.control;

/**
 * Fired in the merge's transaction: what other capabilities count per customer number (promotion limits) must now
 * count the merged number's share as the survivor's.
 */
public record CustomersMerged(String merged, String survivor) {
}
