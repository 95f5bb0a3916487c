package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The organisation's labels on a connection: at most 10 pairs, keys 1-64 and values up to 255 printable characters. */
public record ConnectionTags(Map<String, String> values) {

    public static final int MAX_TAGS = 10;
    public static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_VALUE_LENGTH = 255;
    public static final ConnectionTags NONE = new ConnectionTags(Map.of());

    public ConnectionTags {
        Check.notNull(values, "tags");
        if (values.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags must have at most " + MAX_TAGS + " entries");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((key, value) -> {
            Check.printable(key, MAX_KEY_LENGTH, "tags key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("tags keys must not be blank");
            }
            Check.printable(value, MAX_VALUE_LENGTH, "tags." + key);
            sorted.put(key, value);
        });
        values = Collections.unmodifiableMap(sorted);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
