package org.omnistock.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    record Row(String name, long units, BigDecimal revenue, Double cover, Map<String, BigDecimal> byChannel) {
    }

    private static String csv(List<?> rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter.write(rows, out);
        return out.toString();
    }

    @Test
    void aHeaderOfTheRecordsComponentsThenOneLinePerRecord() throws IOException {
        Map<String, BigDecimal> byChannel = new TreeMap<>(Map.of("WEB", new BigDecimal("1.50"), "APP",
                new BigDecimal("2")));
        assertEquals("name,units,revenue,cover,byChannel\r\n"
                        + "Tee,3,1000,,APP=2 WEB=1.50\r\n",
                csv(List.of(new Row("Tee", 3, new BigDecimal("1E+3"), null, byChannel))));
        assertEquals("", csv(List.of()), "no rows, no header: there is no record to name the columns");
    }

    @Test
    void onlyRecordsMakeRows() {
        assertThrows(IllegalArgumentException.class, () -> csv(List.of("not a record")));
    }
}
