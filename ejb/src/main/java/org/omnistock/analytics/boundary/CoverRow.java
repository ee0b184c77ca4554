package org.omnistock.analytics.boundary;

import java.io.Serializable;
/**
 * How fast one SKU sells at one location (or across the network when {@code location} is absent), and how long its
 * stock lasts at the 30-day pace.
 *
 * @param units7       units sold in the last 7 days (today included), less units brought back
 * @param daysOfCover  available units over the 30-day velocity; absent when it did not sell
 * @param sellThrough  units sold in 30 days over those plus the units on hand; absent when there were none
 * @param stockOutRisk the cover is shorter than the lead time asked for
 * @param slowMover    units on hand that did not sell in 30 days, or would take over 90 days to sell
 */
public record CoverRow(String sku, String name, String category, String location, long units7, long units30,
                       long units90, double velocity7, double velocity30, double velocity90, long onHand,
                       long available, Double daysOfCover, Double sellThrough, boolean stockOutRisk,
                       boolean slowMover) implements Serializable {
}
