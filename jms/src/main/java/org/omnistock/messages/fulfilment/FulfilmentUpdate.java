package org.omnistock.messages.fulfilment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.omnistock.messages.Limits;

/**
 * What a location reports of one of its fulfilments, on {@link
 * org.omnistock.messages.Destinations#FULFILMENT_UPDATES}. A step reported twice changes nothing, so a location
 * unsure whether its update arrived sends it again.
 *
 * @param action         {@code ACCEPT}, {@code PICK}, {@code PACK}, {@code SHIP}, {@code DELIVER}, {@code ARRIVE}
 *                       (a parcel for pickup arrived), {@code COLLECT} or {@code REJECT}
 * @param lines          for {@code REJECT}: the lines given up (all when empty), each with what the location
 *                       counted on hand if it looked
 * @param reason         for {@code REJECT}: {@code NO_STOCK}, {@code DAMAGED}, {@code NO_CAPACITY} or {@code OTHER}
 * @param pickupCode     for {@code COLLECT}: the code the customer showed
 */
public record FulfilmentUpdate(Integer schemaVersion, String fulfilmentId, String locationId, String action,
                               List<RejectedLine> lines, String reason, String note, String carrier,
                               String trackingNumber, String pickupCode) {

    public static final int SCHEMA_VERSION = 1;
    public static final Set<String> ACTIONS = Set.of("ACCEPT", "PICK", "PACK", "SHIP", "DELIVER", "ARRIVE",
            "COLLECT", "REJECT");
    public static final Set<String> REJECT_REASONS = Set.of("NO_STOCK", "DAMAGED", "NO_CAPACITY", "OTHER");

    public FulfilmentUpdate {
        lines = lines == null ? List.of() : lines;
    }

    /** A line given up, with what the location counted on hand of its SKU, if it counted. */
    public record RejectedLine(Integer lineNo, Long countedOnHand) {
    }

    /** What is wrong with the update as a message, before any lookup; empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion == null || schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion must be " + SCHEMA_VERSION);
        }
        required(problems, "fulfilmentId", fulfilmentId, Limits.MAX_CODE);
        required(problems, "locationId", locationId, Limits.MAX_CODE);
        if (action == null || !ACTIONS.contains(action)) {
            problems.add("action must be one of " + ACTIONS.stream().sorted().toList());
        }
        if ("REJECT".equals(action) && (reason == null || !REJECT_REASONS.contains(reason))) {
            problems.add("a rejection needs a reason: one of " + REJECT_REASONS.stream().sorted().toList());
        }
        if ("COLLECT".equals(action) && (pickupCode == null || !pickupCode.matches("[0-9]{6}"))) {
            problems.add("a collection needs the customer's six-digit pickupCode");
        }
        if (lines.size() > Limits.MAX_LINES) {
            problems.add("at most " + Limits.MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            RejectedLine line = lines.get(i);
            if (line == null || line.lineNo() == null || line.lineNo() < 1) {
                problems.add("lines[" + i + "].lineNo must be a line number");
            } else if (line.countedOnHand() != null && (line.countedOnHand() < 0
                    || line.countedOnHand() > Limits.MAX_ON_HAND)) {
                problems.add("lines[" + i + "].countedOnHand must be between 0 and " + Limits.MAX_ON_HAND);
            }
        }
        optional(problems, "note", note, Limits.MAX_NAME);
        optional(problems, "carrier", carrier, 64);
        optional(problems, "trackingNumber", trackingNumber, 64);
        return problems;
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }
}
