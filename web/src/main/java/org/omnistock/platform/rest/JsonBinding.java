package org.omnistock.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.omnistock.messages.JsonCodec;

/**
 * The API reads and writes JSON as the JMS messages do ({@link JsonCodec#config()}): above all, whole numbers are
 * read exactly or refused, never rounded, truncated or wrapped around.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(JsonCodec.config());

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
