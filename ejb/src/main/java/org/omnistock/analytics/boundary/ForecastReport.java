package org.omnistock.analytics.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The demand forecast of a category or location (or everything the caller sees), and how well the method did.
 *
 * @param historyFrom  the first day of the history forecast from (90 days, to yesterday)
 * @param heldOutDays  the last days of the history held out to measure the method: it forecast them from the days
 *                     before, as did the yardstick (each series' mean of its last 30 days, flat)
 * @param wape         the method's weighted absolute percentage error on the held-out days, over every series;
 *                     absent when they sold nothing
 * @param flatWape     the yardstick's
 * @param totalWape    the method's error on each series' total over the held-out days (what a replenishment for
 *                     those days needed), over every series
 * @param flatTotalWape the yardstick's
 * @param actual       units sold per day, all series together
 * @param backtest     what the method forecast for the held-out days, all series together
 * @param ahead        the forecast for the days to come, all series together
 * @param rows         each SKU and location's forecast for the days to come, the most first (at most 500)
 * @param series       how many SKU and location series sold in the history
 * @param kinds        the error on the held-out totals per kind of series (as the days before the held-out ones
 *                     class them): of this method, of each series smoothed on its own, of TSB and of the flat mean
 */
public record ForecastReport(LocalDate historyFrom, LocalDate historyTo, int heldOutDays, double alpha, Double wape,
                             Double flatWape, Double totalWape, Double flatTotalWape, List<DayUnits> actual, List<DayUnits> backtest, List<DayUnits> ahead,
                             List<Row> rows, int series, List<KindError> kinds) implements Serializable {

    public record DayUnits(LocalDate day, double units) implements Serializable {
    }

    /**
     * One kind of series ({@link org.omnistock.analytics.control.IntermittentDemand.Kind}): how many, their units in
     * the held-out days, and each method's WAPE on their totals (null when they sold nothing then).
     */
    public record KindError(String kind, int series, long heldOutUnits, Double wape, Double ownWape, Double tsbWape,
                            Double flatWape) implements Serializable {
    }

    /** One SKU at one location: units sold in the last 30 days, and forecast for the days to come. */
    public record Row(String sku, String name, String location, long units30, double forecast) implements Serializable {
    }
}
