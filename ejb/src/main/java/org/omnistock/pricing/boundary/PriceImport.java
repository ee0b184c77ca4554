package org.omnistock.pricing.boundary;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One price file imported in the back office: its validation report, and its progress while it is applied. */
public final class PriceImport {

    public enum Status {
        /** Some lines are wrong: nothing was applied. */
        INVALID,
        APPLYING,
        DONE,
        /** Refused while applying (e.g. a price recorded meanwhile): nothing was applied. */
        FAILED
    }

    private final String id;
    private final String priceList;
    private final String fileName;
    private final int prices;
    private final Instant startedAt;
    private final AtomicInteger written = new AtomicInteger();
    private volatile Status status = Status.APPLYING;
    private volatile List<PriceCsv.LineProblem> problems = List.of();
    private volatile PricesRecorded result;
    private volatile String failure;

    PriceImport(String id, String priceList, String fileName, int prices, Instant startedAt) {
        this.id = id;
        this.priceList = priceList;
        this.fileName = fileName;
        this.prices = prices;
        this.startedAt = startedAt;
    }

    void invalid(List<PriceCsv.LineProblem> found) {
        problems = List.copyOf(found);
        status = Status.INVALID;
    }

    void progress(int count) {
        written.set(count);
    }

    void done(PricesRecorded recorded) {
        result = recorded;
        status = Status.DONE;
    }

    void failed(String reason, List<PriceCsv.LineProblem> found) {
        failure = reason;
        problems = List.copyOf(found);
        status = Status.FAILED;
    }

    public String getId() {
        return id;
    }

    public String getPriceList() {
        return priceList;
    }

    public String getFileName() {
        return fileName;
    }

    public int getPrices() {
        return prices;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isFinished() {
        return status != Status.APPLYING;
    }

    /** Percent of the prices written; 100 once the import is done. */
    public int getPercent() {
        if (status == Status.DONE) {
            return 100;
        }
        return prices == 0 ? 0 : (int) Math.min(99, written.get() * 100L / prices);
    }

    public List<PriceCsv.LineProblem> getProblems() {
        return problems;
    }

    public PricesRecorded getResult() {
        return result;
    }

    public String getFailure() {
        return failure;
    }
}
