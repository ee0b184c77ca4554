package org.omnistock.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV files as the back office and the API exchange them (prices, SKUs, tables): one way to write a field and one
 * way to read a file, a header line naming the columns, then one record per line (RFC 4180 quoting within a line:
 * a field in double quotes may hold commas and doubled quotes; a byte order mark before the header is ignored;
 * blank lines are skipped). A field that a spreadsheet would run as a formula ({@code = + - @} first) is written
 * with a leading apostrophe, and read back without it.
 */
public final class Csv {

    /** A line of the file: its number (the header is line 1) and its fields, unquoted and stripped. */
    public record Line(int number, List<String> fields) {

        /** The field at the position, empty if the line is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /** What could not be read: the line and why. */
    public record Problem(int line, String problem) {
    }

    /** The lines read, in file order, and what could not be read. */
    public record Read(List<Line> lines, List<Problem> problems) {
    }

    private Csv() {
    }

    /**
     * Reads a file whose first line must be the header (case and quotes aside); at most {@code maxLines} records,
     * beyond which the file is refused with a problem saying to split it.
     */
    public static Read read(String text, String header, int maxLines) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text == null ? "" : text))) {
            String first = reader.readLine();
            if (first == null || !header.equalsIgnoreCase(stripBom(first).strip().replace("\"", ""))) {
                problems.add(new Problem(1, "the first line must be " + header));
                return new Read(lines, problems);
            }
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (lines.size() + problems.size() == maxLines) {
                    problems.add(new Problem(number, "a file has at most " + maxLines + " lines; split it"));
                    break;
                }
                List<String> fields = fields(line);
                if (fields == null) {
                    problems.add(new Problem(number, "a quote is not closed"));
                } else {
                    lines.add(new Line(number, fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new Read(lines, problems);
    }

    /** A field quoted when it holds a comma, quote or line break, and kept from running as a spreadsheet formula. */
    public static String field(String text) {
        String safe = isFormula(text) ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** One record: the fields as {@link #field} writes them (null as empty), separated by commas, ended by CRLF. */
    public static String record(List<?> fields) {
        StringBuilder record = new StringBuilder();
        for (Object field : fields) {
            if (record.length() > 0) {
                record.append(',');
            }
            record.append(field(field == null ? "" : field.toString()));
        }
        return record.append("\r\n").toString();
    }

    /** The fields of one line; null if a quoted field is not closed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(value(field));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(value(field));
        return fields;
    }

    private static String value(StringBuilder field) {
        String value = field.toString().strip();
        return value.length() > 1 && value.charAt(0) == '\'' && isFormula(value.substring(1))
                ? value.substring(1) : value;
    }

    private static boolean isFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text);
    }

    private static boolean isNumber(String text) {
        try {
            new java.math.BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
