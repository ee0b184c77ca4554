package org.omnistock.messages.purchasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.omnistock.messages.Limits;

/**
 * What came of a purchase order at a store, as the store agent forwards it on {@link
 * org.omnistock.messages.Destinations#PURCHASING_RECEIPTS}: the goods in a store counted against the delivery note.
 * The server receives it against the order's lines for the store by SKU, by the order's rules (its supplier's
 * tolerance; beyond it the back office receives with a supervisor). A receipt is recorded once per store and
 * {@code receiptId}, so one sent again changes nothing.
 *
 * @param purchaseOrder the order's number, as on the delivery note ({@code PO-2026-000123})
 * @param lines         per SKU: the units that came, damaged ones among them
 */
public record StoreGoodsReceipt(Integer schemaVersion, String storeId, String receiptId, String purchaseOrder,
                                List<Line> lines) {

    public static final int SCHEMA_VERSION = 1;

    public StoreGoodsReceipt {
        lines = lines == null ? List.of() : lines;
    }

    /** One SKU of the delivery: what came, and how much of it damaged. */
    public record Line(String sku, Long quantity, Long damaged) {
    }

    /** What is wrong with the receipt as a message, before any lookup; empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion == null || schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion must be " + SCHEMA_VERSION);
        }
        required(problems, "storeId", storeId, Limits.MAX_CODE);
        required(problems, "receiptId", receiptId, 64);
        required(problems, "purchaseOrder", purchaseOrder, Limits.MAX_CODE);
        if (lines.isEmpty() || lines.size() > Limits.MAX_LINES) {
            problems.add("between 1 and " + Limits.MAX_LINES + " lines");
        }
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null || line.sku() == null || line.sku().isBlank()) {
                problems.add("lines[" + i + "].sku is required");
                continue;
            }
            if (!skus.add(line.sku())) {
                problems.add("lines[" + i + "]: " + line.sku() + " is given twice");
            }
            if (line.quantity() == null || line.quantity() < 0 || line.quantity() > Limits.MAX_QUANTITY) {
                problems.add("lines[" + i + "].quantity must be between 0 and " + Limits.MAX_QUANTITY);
            } else if (line.damaged() != null && (line.damaged() < 0 || line.damaged() > line.quantity())) {
                problems.add("lines[" + i + "].damaged must be between 0 and the quantity");
            }
        }
        return problems;
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        } else if (value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }
}
