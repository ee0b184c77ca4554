package org.omnistock.catalog.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.platform.Csv;

/**
 * The CSV form of the catalog, for import and export: {@code code,name,category,unitCost,barcodes} with that
 * header, one SKU per line, barcodes separated by spaces. On import a line creates the SKU or changes it; an empty
 * name, category, unit cost or barcodes field leaves what the SKU has (a new SKU needs a name), and a barcodes field
 * that is not empty is the SKU's barcodes from then on. Read and written as {@link Csv} does.
 */
public final class SkuCsv {

    public static final String HEADER = "code,name,category,unitCost,barcodes";
    public static final String MEDIA_TYPE = "text/csv";
    /** Lines a file may have: a whole catalog of a mid-sized retailer; a larger one is split. */
    public static final int MAX_LINES = 20_000;

    /** One line of the file; a null field is an empty one, which leaves what the SKU has. */
    public record Line(int number,
                       @NotBlank @Size(max = 64) @Pattern(regexp = SkuView.CODE_PATTERN,
                               message = "must be upper-case letters, digits, '-', '_' or '.'") String code,
                       @Size(max = 200) String name,
                       @Size(max = 100) String category,
                       @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitCost,
                       List<String> barcodes) {
    }

    /** What a file holds: its lines, and what could not be read (line, SKU code if known, why). */
    public record Parsed(List<Line> lines, List<LineProblem> problems) {
    }

    public record LineProblem(int line, String sku, String problem) {

        public String describe() {
            return "line " + line + ": " + (sku == null || sku.isEmpty() ? "" : sku + ": ") + problem;
        }
    }

    private SkuCsv() {
    }

    public static Parsed parse(String text) {
        Csv.Read read = Csv.read(text, HEADER, MAX_LINES);
        List<Line> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        read.problems().forEach(problem -> problems.add(new LineProblem(problem.line(), null, problem.problem())));
        for (Csv.Line line : read.lines()) {
            String code = line.field(0);
            if (line.fields().size() > 5) {
                problems.add(new LineProblem(line.number(), code, "expected at most 5 values, found "
                        + line.fields().size() + " (a name with a comma goes in double quotes)"));
                continue;
            }
            BigDecimal unitCost;
            try {
                unitCost = line.field(3).isEmpty() ? null : new BigDecimal(line.field(3));
            } catch (NumberFormatException e) {
                problems.add(new LineProblem(line.number(), code, "unitCost must be a number such as 12.50"));
                continue;
            }
            String barcodes = line.field(4);
            lines.add(new Line(line.number(), code, emptyToNull(line.field(1)), emptyToNull(line.field(2)),
                    unitCost, barcodes.isEmpty() ? null : Arrays.asList(barcodes.split("\\s+"))));
        }
        return new Parsed(lines, problems);
    }

    public static String write(List<SkuView> skus) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SkuView sku : skus) {
            csv.append(Csv.field(sku.code())).append(',').append(Csv.field(sku.name())).append(',')
                    .append(Csv.field(sku.category() == null ? "" : sku.category())).append(',')
                    .append(sku.unitCost() == null ? "" : sku.unitCost().stripTrailingZeros().toPlainString())
                    .append(',').append(String.join(" ", sku.barcodes())).append('\n');
        }
        return csv.toString();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
