package io.zoomoauth.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.zoomoauth.domain.grant.ConnectionTags;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Connection tags as a small JSON object in a TEXT column; no tags is NULL. */
public final class TagsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TagsJson() {
    }

    public static String write(ConnectionTags tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> tag : tags.values().entrySet()) {
                json.writeStringField(tag.getKey(), tag.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static ConnectionTags read(String text) {
        if (text == null || text.isBlank()) {
            return ConnectionTags.NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a tags column does not hold a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                json.nextToken();
                values.put(key, json.getText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("a tags column does not hold readable JSON", e);
        }
        return new ConnectionTags(values);
    }
}
