package org.omnistock.messages;

import java.lang.reflect.Type;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Reads and writes message bodies. Unknown fields are ignored (contracts change additively), instants are ISO-8601,
 * money is a JSON number with the currency's decimals: read it as a BigDecimal, never as a double. Whole numbers are
 * read exactly or refused.
 */
public final class JsonCodec {

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    private JsonCodec() {
    }

    /**
     * The JSON-B configuration of every message and request body, also the REST API's: null values left out, whole
     * numbers read exactly ({@link WholeNumbers}).
     */
    public static JsonbConfig config() {
        return new JsonbConfig().withNullValues(false)
                .withDeserializers(new WholeNumbers.Longs(), new WholeNumbers.Integers());
    }

    public static String toJson(Object message) {
        return JSONB.toJson(message);
    }

    /**
     * @throws MalformedMessageException if the text is not JSON, or does not fit the type
     */
    public static <T> T fromJson(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedMessageException("the message body is empty");
        }
        try {
            T value = JSONB.fromJson(json, type);
            if (value == null) {
                throw new MalformedMessageException("the message body is not a JSON object");
            }
            return value;
        } catch (JsonbException e) {
            throw new MalformedMessageException("the message body is not a valid " + type.getSimpleName() + ": "
                    + rootMessage(e), e);
        }
    }

    /** A value of a generic type (a list of views, say) written by {@link #toJson}. */
    public static <T> T fromJson(String json, Type type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw new MalformedMessageException("not a valid " + type.getTypeName() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
