package org.omnistock.pricing.boundary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of a price list's prices, for import and export:
 * {@code sku,amount,minQuantity,effectiveFrom} with that header, one price per line; minQuantity empty for 1,
 * effectiveFrom an ISO-8601 instant or empty for "when imported". Values may be in double quotes.
 */
public final class PriceCsv {

    public static final String HEADER = "sku,amount,minQuantity,effectiveFrom";
    public static final String MEDIA_TYPE = "text/csv";

    /**
     * @param prices   the prices read, in file order
     * @param lines    the file line of each price (1 is the header)
     * @param problems what could not be read, by line
     */
    public record Parsed(List<NewPrice> prices, List<Integer> lines, List<LineProblem> problems) {

        /** Where a problem found by the price list's check, by index, is in the file. */
        public LineProblem atLine(PriceProblem problem) {
            return new LineProblem(lines.get(problem.index()), problem.sku(), problem.problem());
        }
    }

    public record LineProblem(int line, String sku, String problem) {
    }

    private PriceCsv() {
    }

    public static Parsed parse(String text) {
        List<NewPrice> prices = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text == null ? "" : text))) {
            String header = reader.readLine();
            if (header == null || !HEADER.equalsIgnoreCase(stripBom(header).strip().replace("\"", ""))) {
                problems.add(new LineProblem(1, null, "the first line must be " + HEADER));
                return new Parsed(prices, lines, problems);
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (prices.size() + problems.size() == PriceLists.MAX_PRICES_PER_CALL) {
                    problems.add(new LineProblem(number, null, "a file has at most " + PriceLists.MAX_PRICES_PER_CALL
                            + " prices; split it"));
                    break;
                }
                String[] fields = line.split(",", -1);
                String sku = fields.length > 0 ? unquote(fields[0]) : null;
                if (fields.length < 2 || fields.length > 4) {
                    problems.add(new LineProblem(number, sku, "expected 2 to 4 values, found " + fields.length));
                    continue;
                }
                try {
                    BigDecimal amount = new BigDecimal(unquote(fields[1]));
                    String tier = fields.length > 2 ? unquote(fields[2]) : "";
                    String from = fields.length > 3 ? unquote(fields[3]) : "";
                    prices.add(new NewPrice(sku, amount, tier.isEmpty() ? null : Integer.valueOf(tier),
                            from.isEmpty() ? null : Instant.parse(from)));
                    lines.add(number);
                } catch (NumberFormatException e) {
                    problems.add(new LineProblem(number, sku, "amount and minQuantity must be numbers"));
                } catch (DateTimeParseException e) {
                    problems.add(new LineProblem(number, sku,
                            "effectiveFrom must be an ISO-8601 instant such as 2026-12-01T00:00:00Z"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new Parsed(prices, lines, problems);
    }

    public static String write(List<PriceView> prices) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (PriceView price : prices) {
            csv.append(price.sku()).append(',').append(price.amount().toPlainString())
                    .append(',').append(price.minQuantity()).append(',')
                    .append("SCHEDULED".equals(price.status()) ? price.effectiveFrom().toString() : "").append('\n');
        }
        return csv.toString();
    }

    private static String unquote(String field) {
        String value = field.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).strip() : value;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
