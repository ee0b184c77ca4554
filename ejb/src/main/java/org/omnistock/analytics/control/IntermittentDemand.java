package org.omnistock.analytics.control;

/**
 * Demand that comes now and then, as most SKU-location series here do (a few units a week), as pure functions
 * over daily unit series (docs/erp.md, "forecast"; the suggested purchase orders' input).
 *
 * <p>A series is classed by the average interval between days that sold (ADI) and the squared coefficient of
 * variation of what those days sold (CV²), with Syntetos and Boylan's cut-offs 1.32 and 0.49: smooth, erratic,
 * intermittent, lumpy. A flat mean and exponential smoothing suit smooth series; for intermittent and lumpy ones
 * TSB (Teunter, Syntetos and Babai, 2011) smooths the probability that a day sells and the size of a day that sells
 * apart, the probability every day and the size only on days that sold, so a SKU that stopped selling decays
 * toward zero instead of being forecast at its old rate forever (Croston's flaw).</p>
 */
public final class IntermittentDemand {

    /** Syntetos-Boylan: an interval between sales longer than this is intermittent. */
    static final double ADI_CUT = 1.32;
    /** Syntetos-Boylan: sizes varying more than this (squared coefficient of variation) are erratic. */
    static final double CV2_CUT = 0.49;

    /** TSB's weight of the newest day in the probability of a selling day, as the forecast page compares it. */
    public static final double ALPHA = 0.05;
    /** TSB's weight of the newest selling day in the size of one. */
    public static final double BETA = 0.1;
    /** The first days that start TSB's probability and size. */
    public static final int WARM_UP = 28;

    /** The four kinds of demand, each of which one method suits best. */
    public enum Kind {
        SMOOTH, ERRATIC, INTERMITTENT, LUMPY,
        /** Nothing sold in the series: nothing to class. */
        NONE
    }

    private IntermittentDemand() {
    }

    /**
     * The series' kind by ADI and CV² of its non-zero days, counted from its first selling day: the days before a
     * SKU first sold at a location (it was not there yet) say nothing of how often it sells.
     */
    public static Kind classify(long[] units) {
        int first = 0;
        while (first < units.length && units[first] <= 0) {
            first++;
        }
        int selling = 0;
        double sum = 0;
        double squares = 0;
        for (int t = first; t < units.length; t++) {
            long u = units[t];
            if (u > 0) {
                selling++;
                sum += u;
                squares += (double) u * u;
            }
        }
        if (selling == 0) {
            return Kind.NONE;
        }
        double adi = (double) (units.length - first) / selling;
        double mean = sum / selling;
        double variance = squares / selling - mean * mean;
        double cv2 = mean == 0 ? 0 : Math.max(0, variance) / (mean * mean);
        boolean intermittent = adi > ADI_CUT;
        boolean varied = cv2 > CV2_CUT;
        return intermittent ? (varied ? Kind.LUMPY : Kind.INTERMITTENT) : (varied ? Kind.ERRATIC : Kind.SMOOTH);
    }

    /**
     * TSB's forecast of units a day after the history: probability of a selling day times the size of one.
     * {@code alpha} smooths the probability (every day), {@code beta} the size (days that sold); both start from
     * the history's first {@code warmUp} days.
     */
    public static double tsb(long[] history, double alpha, double beta, int warmUp) {
        if (history.length == 0) {
            return 0;
        }
        int start = Math.max(1, Math.min(warmUp, history.length));
        int selling = 0;
        double sold = 0;
        for (int t = 0; t < start; t++) {
            if (history[t] > 0) {
                selling++;
                sold += history[t];
            }
        }
        double probability = (double) selling / start;
        double size = selling == 0 ? 0 : sold / selling;
        for (int t = start; t < history.length; t++) {
            boolean sells = history[t] > 0;
            probability += alpha * ((sells ? 1 : 0) - probability);
            if (sells) {
                size = size == 0 ? history[t] : size + beta * (history[t] - size);
            }
        }
        return probability * size;
    }
}
