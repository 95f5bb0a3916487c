package io.zoomoauth.adapters.http.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Zoom's JSON as generic maps: bodies are read into {@code Map<String, Object>} (nested maps, lists, strings,
 * numbers, booleans) and mapped explicitly, so fields we do not model pass through untouched.
 */
@Singleton
public final class ZoomJson {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper mapper;

    public ZoomJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a JSON object; throws IllegalArgumentException (without echoing the body) otherwise. */
    public Map<String, Object> readObject(byte[] body) {
        try {
            Map<String, Object> value = mapper.readValue(body, OBJECT);
            if (value == null) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
    }

    /** An error body: a JSON object when Zoom sent one, else empty (HTML error pages, empty bodies). */
    public Map<String, Object> readObjectOrEmpty(byte[] body) {
        if (body == null || body.length == 0) {
            return Map.of();
        }
        try {
            return readObject(body);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    public byte[] write(Map<String, Object> object) {
        try {
            return mapper.writeValueAsBytes(object);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a JSON body", e);
        }
    }
}
