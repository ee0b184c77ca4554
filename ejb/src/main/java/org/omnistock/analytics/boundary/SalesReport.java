package org.omnistock.analytics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The sales of a period (days {@code from} to {@code to}, both included, each in its location's own calendar),
 * filtered by channel, category and location when asked, with the previous period of the same length.
 *
 * @param channels   every channel that sold in either period, with its share of the total
 * @param days       every day of the period, with each channel's revenue that day, for charts
 * @param weeks      the same by week (Monday to Sunday, each dated by its Monday; the first and last may be part
 *                   weeks of the period)
 * @param topSkus    the ten SKUs of most revenue
 */
public record SalesReport(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, String channel,
                          String category, String location, SalesFigures total, List<SalesFigures> channels,
                          List<SalesFigures> locations, List<SalesFigures> categories, List<SalesFigures> topSkus,
                          List<Day> days, List<Day> weeks) implements Serializable {

    /** One day's revenue by channel, and in all. */
    public record Day(LocalDate day, long units, BigDecimal revenue, Map<String, BigDecimal> byChannel)
            implements Serializable {
    }
}
