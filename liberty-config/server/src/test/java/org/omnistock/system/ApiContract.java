package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The API as its OpenAPI document describes it (the one the build writes, web/target/openapi/openapi.json): finds an
 * answer's operation by method and path, and says what in the answer the document does not describe: an operation it
 * does not have, a status the operation does not list, a media type it does not give, a field its schema does not
 * have, a value of another type, a required field missing.
 */
final class ApiContract {

    private static final int ITEMS_CHECKED = 20;

    private final JsonObject document;

    private ApiContract(JsonObject document) {
        this.document = document;
    }

    static ApiContract load() throws IOException {
        Path file = Path.of(System.getProperty("omnistock.openapi", "../../web/target/openapi/openapi.json"));
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return new ApiContract(reader.readObject());
        }
    }

    /** Fails with everything the document does not say about this answer. */
    void check(String method, String pathAndQuery, Api.Reply reply) {
        List<String> problems = problems(method, pathAndQuery, reply);
        if (!problems.isEmpty()) {
            fail(method + " " + pathAndQuery + " answered " + reply.status() + " " + reply.body() + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    List<String> problems(String method, String pathAndQuery, Api.Reply reply) {
        String path = pathAndQuery.split("\\?", 2)[0];
        JsonObject operation = operation(method.toLowerCase(Locale.ROOT), path);
        if (operation == null) {
            return List.of("the document has no operation " + method + " " + path);
        }
        JsonObject responses = operation.getJsonObject("responses");
        String status = String.valueOf(reply.status());
        JsonObject response = responses.containsKey(status) ? responses.getJsonObject(status)
                : responses.containsKey("default") ? responses.getJsonObject("default") : null;
        if (response == null) {
            return List.of("status " + status + " is not among the documented " + responses.keySet());
        }
        if (reply.body() == null || reply.body().isBlank()) {
            return List.of();
        }
        String mediaType = reply.contentType().split(";", 2)[0].strip();
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey(mediaType)) {
            return List.of("media type " + mediaType + " is not documented for " + status + ": "
                    + (content == null ? "none" : content.keySet()));
        }
        JsonObject schema = content.getJsonObject(mediaType).getJsonObject("schema");
        List<String> problems = new ArrayList<>();
        if (schema != null && mediaType.endsWith("json")) {
            try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
                validate(reader.readValue(), schema, "$", problems, 0);
            }
        }
        return problems;
    }

    private JsonObject operation(String method, String path) {
        JsonObject paths = document.getJsonObject("paths");
        String[] segments = path.split("/");
        for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
            String[] template = entry.getKey().split("/");
            if (template.length != segments.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                matches = template[i].startsWith("{") || template[i].equals(segments[i]);
            }
            JsonObject item = entry.getValue().asJsonObject();
            if (matches && item.containsKey(method)) {
                return item.getJsonObject(method);
            }
        }
        return null;
    }

    private JsonObject resolve(JsonObject schema) {
        JsonObject resolved = schema;
        while (resolved.containsKey("$ref")) {
            String name = resolved.getString("$ref").substring("#/components/schemas/".length());
            resolved = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return resolved;
    }

    private void validate(JsonValue value, JsonObject declared, String where, List<String> problems, int depth) {
        JsonObject schema = resolve(declared);
        if (depth > 12 || value.getValueType() == JsonValue.ValueType.NULL || schema.containsKey("allOf")
                || schema.containsKey("oneOf") || schema.containsKey("anyOf")) {
            return;
        }
        String type = schema.containsKey("type") ? schema.getString("type") : null;
        if (type == null) {
            return;
        }
        boolean fits = switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER
                    && ((JsonNumber) value).isIntegral();
            case "boolean" -> value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE;
            default -> true;
        };
        if (!fits) {
            problems.add(where + " is " + value.getValueType() + ", the document says " + type);
            return;
        }
        if (type.equals("array") && schema.containsKey("items")) {
            JsonArray items = value.asJsonArray();
            for (int i = 0; i < Math.min(items.size(), ITEMS_CHECKED); i++) {
                validate(items.get(i), schema.getJsonObject("items"), where + "[" + i + "]", problems, depth + 1);
            }
        }
        if (type.equals("object")) {
            JsonObject object = value.asJsonObject();
            JsonObject properties = schema.getJsonObject("properties");
            if (schema.containsKey("required")) {
                for (JsonValue required : schema.getJsonArray("required")) {
                    String name = ((JsonString) required).getString();
                    if (!object.containsKey(name)) {
                        problems.add(where + "." + name + " is required by the document and missing");
                    }
                }
            }
            if (properties == null) {
                return;
            }
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                if (!properties.containsKey(field.getKey())) {
                    problems.add(where + "." + field.getKey() + " is not in the document");
                } else {
                    validate(field.getValue(), properties.getJsonObject(field.getKey()), where + "." + field.getKey(),
                            problems, depth + 1);
                }
            }
        }
    }
}
