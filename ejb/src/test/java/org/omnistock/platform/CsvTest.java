package org.omnistock.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        assertEquals("\"Jeans, slim\"", Csv.field("Jeans, slim"));
        assertEquals("\"the \"\"best\"\" tee\"", Csv.field("the \"best\" tee"));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("plain", Csv.field("plain"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=1+2", Csv.field("=1+2"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("-12.50", Csv.field("-12.50"), "a negative number stays a number");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<String> values = List.of("Jeans, slim", "the \"best\" tee", "=1+2", "-12.50", "", "plain");
        String line = String.join(",", values.stream().map(Csv::field).toList());
        assertEquals(values, Csv.fields(line));
    }

    @Test
    void theHeaderIsCheckedBlankLinesSkippedAndEveryLineNumbered() {
        Csv.Read read = Csv.read("\uFEFF\"code\",name\nA,\"x, y\"\n\n B , z \nC,\"open\n", "code,name", 10);

        assertEquals(List.of(new Csv.Line(2, List.of("A", "x, y")), new Csv.Line(4, List.of("B", "z"))),
                read.lines());
        assertEquals(List.of(new Csv.Problem(5, "a quote is not closed")), read.problems());
        assertEquals("", read.lines().get(0).field(5), "a missing field is empty");
        assertEquals(List.of(new Csv.Problem(1, "the first line must be code,name")),
                Csv.read("sku,name\n", "code,name", 10).problems());
        assertNull(Csv.fields("\"never closed"));
    }

    @Test
    void aFileBeyondItsLimitIsRefusedWithTheLineWhereItGoesOver() {
        Csv.Read read = Csv.read("code\nA\nB\nC\n", "code", 2);

        assertEquals(2, read.lines().size());
        assertEquals(List.of(new Csv.Problem(4, "a file has at most 2 lines; split it")), read.problems());
    }
}
