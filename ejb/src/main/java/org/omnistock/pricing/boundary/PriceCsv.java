package org.omnistock.pricing.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.omnistock.platform.Csv;

/**
 * The CSV form of a price list's prices, for import and export:
 * {@code sku,amount,minQuantity,effectiveFrom} with that header, one price per line; minQuantity empty for 1,
 * effectiveFrom an ISO-8601 instant or empty for "when imported". Read and written as {@link Csv} does.
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
        Csv.Read read = Csv.read(text, HEADER, PriceLists.MAX_PRICES_PER_CALL);
        read.problems().forEach(problem -> problems.add(new LineProblem(problem.line(), null, problem.problem())));
        for (Csv.Line line : read.lines()) {
            List<String> fields = line.fields();
            String sku = fields.get(0);
            if (fields.size() < 2 || fields.size() > 4) {
                problems.add(new LineProblem(line.number(), sku, "expected 2 to 4 values, found " + fields.size()));
                continue;
            }
            try {
                BigDecimal amount = new BigDecimal(fields.get(1));
                String tier = line.field(2);
                String from = line.field(3);
                prices.add(new NewPrice(sku, amount, tier.isEmpty() ? null : Integer.valueOf(tier),
                        from.isEmpty() ? null : Instant.parse(from)));
                lines.add(line.number());
            } catch (NumberFormatException e) {
                problems.add(new LineProblem(line.number(), sku, "amount and minQuantity must be numbers"));
            } catch (DateTimeParseException e) {
                problems.add(new LineProblem(line.number(), sku,
                        "effectiveFrom must be an ISO-8601 instant such as 2026-12-01T00:00:00Z"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(LineProblem::line));
        return new Parsed(prices, lines, problems);
    }

    public static String write(List<PriceView> prices) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (PriceView price : prices) {
            csv.append(Csv.field(price.sku())).append(',').append(price.amount().toPlainString())
                    .append(',').append(price.minQuantity()).append(',')
                    .append("SCHEDULED".equals(price.status()) ? price.effectiveFrom().toString() : "").append('\n');
        }
        return csv.toString();
    }
}
