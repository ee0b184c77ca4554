package org.omnistock.messages.sale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt rung up at a store's till, sent to {@link org.omnistock.messages.Destinations#POS_SALES}.
 * The server records it once per (store, receipt id): a till that is unsure whether its sale arrived simply sends
 * it again.
 */
public record PosSale(Integer schemaVersion, String storeId, String receiptId, Instant soldAt, List<PosSaleLine> lines) {

    public static final int SCHEMA_VERSION = 1;

    public PosSale {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /**
     * What is wrong with this sale as a message, before any lookup: the same rules a till applies before sending.
     *
     * @return the problems, empty if there are none
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion == null || schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion must be " + SCHEMA_VERSION);
        }
        if (storeId == null || storeId.isBlank()) {
            problems.add("storeId is required");
        }
        if (receiptId == null || receiptId.isBlank()) {
            problems.add("receiptId is required");
        }
        if (soldAt == null) {
            problems.add("soldAt is required");
        }
        if (lines == null || lines.isEmpty()) {
            problems.add("a sale needs at least one line");
        } else {
            for (int i = 0; i < lines.size(); i++) {
                PosSaleLine line = lines.get(i);
                if (line == null) {
                    problems.add("lines[" + i + "] is empty");
                } else {
                    String label = "lines[" + line.indexLabel(i) + "]: ";
                    line.problems().forEach(p -> problems.add(label + p));
                }
            }
        }
        return problems;
    }
}
