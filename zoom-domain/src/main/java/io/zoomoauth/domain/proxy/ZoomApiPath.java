package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Chars;
import io.zoomoauth.domain.common.Check;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path under Zoom's {@code /v2/}, checked segment by segment before anything is sent: the raw (still
 * percent-encoded) path must consist of non-empty segments of plain characters; decoded, no segment may be
 * {@code .} or {@code ..} or contain {@code /}, {@code \} or a control character. So no path can leave
 * {@code /v2/}, name another host or smuggle a query. Segments are kept decoded; the adapter encodes each
 * one again as a single path segment (a double-encoded Zoom meeting UUID, {@code %252F}, stays double-encoded).
 */
public record ZoomApiPath(List<String> segments) {

    public static final int MAX_RAW_LENGTH = 2048;
    public static final int MAX_SEGMENTS = 16;
    /** What a raw segment may contain besides letters and digits (and percent-escapes). */
    private static final Chars.CharClass RAW_SEGMENT = c -> Chars.isLetterOrDigit(c) || "-._~@+=,".indexOf(c) >= 0;
    private static final Chars.CharClass WORD_PART = c -> c >= 'a' && c <= 'z' || c == '_';
    /** Placeholder names for the id that follows a collection, as Zoom's documentation names them. */
    private static final Map<String, String> ID_AFTER = Map.of("users", "{userId}", "meetings", "{meetingId}",
            "past_meetings", "{meetingId}", "webinars", "{webinarId}", "past_webinars", "{webinarId}",
            "groups", "{groupId}", "rooms", "{roomId}", "recordings", "{recordingId}");

    public ZoomApiPath {
        Check.notNull(segments, "path");
        if (segments.isEmpty() || segments.size() > MAX_SEGMENTS) {
            throw new ProxyPathRefused("path must have 1 to " + MAX_SEGMENTS + " segments");
        }
        for (String segment : segments) {
            checkDecoded(segment);
        }
        segments = List.copyOf(segments);
    }

    /** Parses the raw path after {@code /zoom/}, e.g. {@code users/me/meetings}; refuses anything unsafe. */
    public static ZoomApiPath parse(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            throw new ProxyPathRefused("path must name a Zoom API endpoint, e.g. users/me/meetings");
        }
        if (rawPath.length() > MAX_RAW_LENGTH) {
            throw new ProxyPathRefused("path must be at most " + MAX_RAW_LENGTH + " characters");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/", -1)) {
            if (raw.isEmpty()) {
                throw new ProxyPathRefused("path must not have empty segments (no leading, trailing or double '/')");
            }
            if (!isRawSegment(raw)) {
                throw new ProxyPathRefused("path segments may contain only letters, digits, '-._~@+=,' and %-escapes");
            }
            segments.add(decode(raw));
        }
        return new ZoomApiPath(segments);
    }

    /** The user a path names ({@code users/{userId}/…}), if any. */
    public Optional<String> namedUser() {
        return segments.size() >= 2 && segments.get(0).equals("users") ? Optional.of(segments.get(1)) : Optional.empty();
    }

    /** The same path naming {@code user} instead (only for paths that name one). */
    public ZoomApiPath withUser(String user) {
        if (namedUser().isEmpty()) {
            throw new IllegalStateException("the path names no user");
        }
        List<String> copy = new ArrayList<>(segments);
        copy.set(1, user);
        return new ZoomApiPath(copy);
    }

    /**
     * The route template for logs and metrics, e.g. {@code /users/{userId}/meetings}: lower-case words stay, anything
     * else (ids, emails, UUIDs) and whatever follows {@code users} becomes a placeholder, so cardinality stays bounded.
     */
    public String template() {
        StringBuilder template = new StringBuilder();
        String previous = null;
        for (String segment : segments) {
            boolean idPosition = "users".equals(previous);
            template.append('/').append(!idPosition && isWord(segment) ? segment
                    : ID_AFTER.getOrDefault(previous == null ? "" : previous, "{id}"));
            previous = segment;
        }
        return template.toString();
    }

    @Override
    public String toString() {
        return template();
    }

    /** {@code (?:[A-Za-z0-9\-._~@+=,]|%[0-9A-Fa-f]{2})+}, as a loop: it runs on every proxied request. */
    static boolean isRawSegment(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!RAW_SEGMENT.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z][a-z_]{0,39}}: a collection name such as {@code meetings} or {@code past_webinars}. */
    static boolean isWord(String segment) {
        return segment.length() <= 40 && !segment.isEmpty() && segment.charAt(0) != '_'
                && Chars.all(segment, 1, 40, WORD_PART);
    }

    private static boolean isHex(char c) {
        return Chars.isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static void checkDecoded(String segment) {
        Check.notNull(segment, "path segment");
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new ProxyPathRefused("path segments must not be empty, '.' or '..'");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7F) {
                throw new ProxyPathRefused("path segments must not contain an encoded '/', '\\' or control character");
            }
        }
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw; // only plain ASCII characters passed the shape check
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ProxyPathRefused("path segments must be UTF-8 when decoded");
        }
    }
}
