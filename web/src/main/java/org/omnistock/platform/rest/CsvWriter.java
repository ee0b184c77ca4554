package org.omnistock.platform.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.omnistock.platform.Csv;
import org.omnistock.platform.Page;

/**
 * Any table the API returns (a list or a page of records) as CSV, for {@code Accept: text/csv}: one header row of
 * the records' component names, one row per record, fields as {@link Csv#field} writes them, a map as
 * {@code key=value} pairs.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) || Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        List<?> rows = table instanceof Page<?> page ? page.items() : (List<?>) table;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(rows, writer);
        writer.flush();
    }

    /** The rows as CSV; every row a record of one type. */
    public static void write(List<?> rows, Writer writer) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        RecordComponent[] columns = rows.get(0).getClass().getRecordComponents();
        if (columns == null) {
            throw new IllegalArgumentException(rows.get(0).getClass() + " is not a record");
        }
        for (int i = 0; i < columns.length; i++) {
            writer.write((i == 0 ? "" : ",") + Csv.field(columns[i].getName()));
        }
        writer.write("\r\n");
        for (Object row : rows) {
            for (int i = 0; i < columns.length; i++) {
                writer.write((i == 0 ? "" : ",") + Csv.field(text(value(columns[i], row))));
            }
            writer.write("\r\n");
        }
    }

    private static Object value(RecordComponent column, Object row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of " + row.getClass(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                    .collect(Collectors.joining(" "));
        }
        return value.toString();
    }
}
