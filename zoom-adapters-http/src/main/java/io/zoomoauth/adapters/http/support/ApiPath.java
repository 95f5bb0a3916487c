package io.zoomoauth.adapters.http.support;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A Zoom API path: the template that is logged ({@code /meetings/{meetingId}}) and the concrete path that is
 * sent, with every variable percent-encoded as one path segment. The domain types already refuse
 * implausible ids; this is the second line: no variable can add a segment, a query or a dot-segment.
 */
public final class ApiPath {

    private final String template;
    private final String path;

    private ApiPath(String template, String path) {
        this.template = template;
        this.path = path;
    }

    /** Fills the {@code {…}} placeholders of {@code template}, in order, with the encoded {@code values}. */
    public static ApiPath of(String template, Object... values) {
        Objects.requireNonNull(template, "template");
        StringBuilder path = new StringBuilder();
        int next = 0;
        int index = 0;
        while (true) {
            int open = template.indexOf('{', index);
            if (open < 0) {
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0 || next >= values.length) {
                throw new IllegalArgumentException("template and values do not match: " + template);
            }
            path.append(template, index, open).append(encodeSegment(String.valueOf(values[next++])));
            index = close + 1;
        }
        if (next != values.length) {
            throw new IllegalArgumentException("template and values do not match: " + template);
        }
        path.append(template.substring(index));
        return new ApiPath(template, path.toString());
    }

    /**
     * Percent-encodes everything except RFC 3986 unreserved characters and {@code @} (emails are valid path
     * segments for Zoom). Refuses empty, {@code .} and {@code ..} segments.
     */
    public static String encodeSegment(String value) {
        if (value == null || value.isEmpty() || ".".equals(value) || "..".equals(value)) {
            throw new IllegalArgumentException("a path segment must not be empty, '.' or '..'");
        }
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    public String template() {
        return template;
    }

    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return template;
    }
}
