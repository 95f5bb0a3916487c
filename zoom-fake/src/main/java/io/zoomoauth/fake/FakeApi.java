package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.User;
import io.zoomoauth.fake.FakeTokens.Principal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/*}: bearer tokens only (a token in the query string is refused with 401 code 124), users/me and
 * meetings CRUD. Answers Zoom's error shape {@code {"code", "message"}}.
 */
final class FakeApi {

    static final int INVALID_TOKEN = 124;

    private final FakeDirectory directory;
    private final FakeTokens tokens;
    private final FakeMeetings meetings;

    FakeApi(FakeDirectory directory, FakeTokens tokens, FakeMeetings meetings) {
        this.directory = directory;
        this.tokens = tokens;
        this.meetings = meetings;
    }

    /** The endpoint template of a {@code /v2} path, for counters: {@code GET /v2/meetings/{meetingId}}. */
    static String endpoint(String method, String rawPath) {
        String[] parts = segments(rawPath);
        if (parts.length == 3 && parts[1].equals("users") && parts[2].equals("me")) {
            return method + " /v2/users/me";
        }
        if (parts.length == 3 && parts[1].equals("users")) {
            return method + " /v2/users/{userId}";
        }
        if (parts.length == 4 && parts[1].equals("users") && parts[3].equals("meetings")) {
            return method + " /v2/users/{userId}/meetings";
        }
        if (parts.length == 3 && parts[1].equals("meetings")) {
            return method + " /v2/meetings/{meetingId}";
        }
        return method + " " + rawPath;
    }

    void handle(FakeExchange exchange) {
        // Zoom names the rate-limit category of every API answer; the proxy passes these headers on.
        exchange.alwaysHeader("X-RateLimit-Category", "Light");
        exchange.alwaysHeader("X-RateLimit-Limit", "30");
        Optional<Principal> principal = authenticate(exchange);
        if (principal.isEmpty()) {
            exchange.json(401, error(INVALID_TOKEN, "Invalid access token."));
            return;
        }
        String[] parts = segments(exchange.rawPath);
        String method = exchange.method;
        if (parts.length == 3 && parts[1].equals("users")) {
            if (!method.equals("GET")) {
                notAllowed(exchange);
                return;
            }
            user(principal.get(), parts[2]).ifPresentOrElse(user -> exchange.json(200, directory.json(user)),
                    () -> userMissing(exchange, parts[2]));
        } else if (parts.length == 4 && parts[1].equals("users") && parts[3].equals("meetings")) {
            Optional<User> user = user(principal.get(), parts[2]);
            if (user.isEmpty()) {
                userMissing(exchange, parts[2]);
            } else if (method.equals("POST")) {
                meetings.create(exchange, user.get());
            } else if (method.equals("GET")) {
                meetings.list(exchange, user.get());
            } else {
                notAllowed(exchange);
            }
        } else if (parts.length == 3 && parts[1].equals("meetings")) {
            switch (method) {
                case "GET" -> meetings.get(exchange, principal.get(), parts[2]);
                case "PATCH" -> meetings.update(exchange, principal.get(), parts[2]);
                case "DELETE" -> meetings.delete(exchange, principal.get(), parts[2]);
                default -> notAllowed(exchange);
            }
        } else {
            exchange.json(404, error(404, "No such API endpoint in the fake Zoom: " + method + " " + exchange.rawPath));
        }
    }

    /** Bearer only: a token in the query string is a 401 code 124 even when the header is right. */
    private Optional<Principal> authenticate(FakeExchange exchange) {
        if (exchange.query().containsKey("access_token")) {
            return Optional.empty();
        }
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.validAccessToken(authorization.substring(7).trim());
    }

    /** {@code me}, or an id or email: a user token may only name its own user; an account token any user of its account. */
    private Optional<User> user(Principal principal, String ref) {
        if (ref.equals("me")) {
            return principal.isAccountToken() ? directory.owner(principal.accountId()) : directory.user(principal.userId());
        }
        return directory.find(principal.accountId(), ref)
                .filter(user -> principal.isAccountToken() || user.id().equals(principal.userId()));
    }

    private static void userMissing(FakeExchange exchange, String ref) {
        exchange.json(404, error(1001, "User does not exist: " + ref + "."));
    }

    private static void notAllowed(FakeExchange exchange) {
        exchange.json(405, error(405, "Method not allowed"));
    }

    static Map<String, Object> error(int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return body;
    }

    static Map<String, Object> validationError(String field, String message) {
        Map<String, Object> body = error(300, "Validation Failed.");
        body.put("errors", List.of(Map.of("field", field, "message", message)));
        return body;
    }

    /** Decoded path segments after {@code /v2}: {@code ["v2", "users", "a+b@x.com", "meetings"]}. */
    private static String[] segments(String rawPath) {
        List<String> parts = new ArrayList<>();
        for (String raw : Arrays.asList(rawPath.split("/"))) {
            if (!raw.isEmpty()) {
                parts.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return parts.toArray(String[]::new);
    }
}
