package io.zoomoauth.domain.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The little JSON the domain writes itself (strings, lists and maps of strings, raw members): an event's body
 * is rendered once, when it is recorded, so every retry sends (and signs) the same bytes.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public static String string(Optional<String> value) {
        return string(value.orElse(null));
    }

    public static String strings(List<String> values) {
        return values.stream().map(JsonText::string).collect(Collectors.joining(",", "[", "]"));
    }

    public static String stringMap(Map<String, String> values) {
        return values.entrySet().stream().map(e -> string(e.getKey()) + ":" + string(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** An object of members whose values are JSON already, in the map's order. */
    public static String object(Map<String, String> rawMembers) {
        return rawMembers.entrySet().stream().map(e -> string(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
