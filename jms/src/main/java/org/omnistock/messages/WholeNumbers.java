package org.omnistock.messages;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Whole numbers read exactly, or refused. JSON-B on its own turns {@code 1.5} into 1, {@code 1E+999999999} into 0
 * and 2<sup>64</sup> + 1 into 1, silently: a quantity must never change on the way in.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** For {@code Long} and {@code long} properties. */
    public static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser);
            return number == null ? null : exact(number);
        }
    }

    /** For {@code Integer} and {@code int} properties. */
    public static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser);
            if (number == null) {
                return null;
            }
            long value = exact(number);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new JsonbException("the number " + value + " is too large");
            }
            return (int) value;
        }
    }

    /** The number the parser is at; null for a JSON null. */
    private static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("expected a whole number, not " + value.getValueType().name().toLowerCase());
        }
        return number.bigDecimalValue();
    }

    private static long exact(BigDecimal number) {
        // Precision and scale first: longValueExact on 1E+999999999 would build the whole number before refusing it.
        if (!Limits.fits(number, 18, 0)) {
            throw new JsonbException("expected a whole number of at most 18 digits, not " + number);
        }
        return number.longValueExact();
    }
}
