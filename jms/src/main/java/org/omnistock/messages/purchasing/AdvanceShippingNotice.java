package org.omnistock.messages.purchasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.omnistock.messages.Limits;

/**
 * What a supplier says it has sent of a purchase order: the order's SKUs per location, in which parcels, arriving
 * when. A supplier sends it on {@link org.omnistock.messages.Destinations#PURCHASING_ASN} as its own broker user
 * ({@code supplier-<code>}), or an ERP's client posts it to {@code POST /api/v1/purchase-orders/{number}/shipping-
 * notices}. Recorded once per supplier and {@code number}: one sent again is refused as known.
 *
 * @param supplier      the supplier's code (the order's)
 * @param number        the supplier's own notice number
 * @param purchaseOrder the order's number
 * @param expectedAt    when the goods arrive
 */
public record AdvanceShippingNotice(Integer schemaVersion, String supplier, String number, String purchaseOrder,
                                    Instant expectedAt, List<Line> lines) {

    public static final int SCHEMA_VERSION = 1;

    public AdvanceShippingNotice {
        lines = lines == null ? List.of() : lines;
    }

    /** Units of one SKU for one location of the order, and the parcel they travel in. */
    public record Line(String sku, String locationId, Long quantity, String parcel) {
    }

    /** What is wrong with the notice as a message, before any lookup; empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion == null || schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion must be " + SCHEMA_VERSION);
        }
        required(problems, "supplier", supplier, Limits.MAX_CODE);
        required(problems, "number", number, 64);
        required(problems, "purchaseOrder", purchaseOrder, Limits.MAX_CODE);
        if (expectedAt == null) {
            problems.add("expectedAt is required");
        }
        if (lines.isEmpty() || lines.size() > Limits.MAX_LINES) {
            problems.add("between 1 and " + Limits.MAX_LINES + " lines");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null || line.sku() == null || line.locationId() == null) {
                problems.add("lines[" + i + "] needs its sku and locationId");
                continue;
            }
            if (!seen.add(line.sku() + "@" + line.locationId())) {
                problems.add("lines[" + i + "]: " + line.sku() + " for " + line.locationId() + " is given twice");
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > Limits.MAX_QUANTITY) {
                problems.add("lines[" + i + "].quantity must be between 1 and " + Limits.MAX_QUANTITY);
            }
            if (line.parcel() != null && line.parcel().length() > 64) {
                problems.add("lines[" + i + "].parcel is longer than 64 characters");
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
