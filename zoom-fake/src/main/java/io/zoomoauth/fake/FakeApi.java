package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.User;
import io.zoomoauth.fake.FakeTokens.Principal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/*}: bearer tokens only (a token in the query string is refused with 401 code 124), and one route
 * table in which each template both dispatches and names the call counter ({@code GET /v2/meetings/{meetingId}}).
 * Answers Zoom's error shape {@code {"code", "message"}}.
 */
final class FakeApi {

    static final int INVALID_TOKEN = 124;

    /** What a route does with the request, the caller and the path's values (by template name). */
    @FunctionalInterface
    private interface Handler {
        void handle(FakeExchange exchange, Principal principal, Map<String, String> values);
    }

    private record Route(String method, String template, Handler handler) {
        String endpoint() {
            return method + " " + template;
        }
    }

    private final FakeDirectory directory;
    private final FakeTokens tokens;
    private final FakeMeetings meetings;
    private final FakeUserLists userLists;
    /** First match wins, so {@code users/me} comes before {@code users/{userId}}. */
    private final List<Route> routes;

    FakeApi(FakeDirectory directory, FakeTokens tokens, FakeMeetings meetings, FakeUserLists userLists) {
        this.directory = directory;
        this.tokens = tokens;
        this.meetings = meetings;
        this.userLists = userLists;
        this.routes = List.of(
                new Route("GET", "/v2/users/me", (x, p, v) -> user(x, p, "me")),
                new Route("GET", "/v2/users/{userId}", (x, p, v) -> user(x, p, v.get("userId"))),
                new Route("POST", "/v2/users/{userId}/meetings", forUser(meetings::create)),
                new Route("GET", "/v2/users/{userId}/meetings", forUser(meetings::list)),
                new Route("GET", "/v2/meetings/{meetingId}", (x, p, v) -> meetings.get(x, p, v.get("meetingId"))),
                new Route("PATCH", "/v2/meetings/{meetingId}", (x, p, v) -> meetings.update(x, p, v.get("meetingId"))),
                new Route("DELETE", "/v2/meetings/{meetingId}", (x, p, v) -> meetings.delete(x, p, v.get("meetingId"))),
                userList("webinars"));
    }

    /** The endpoint template of a {@code /v2} path, for counters: {@code GET /v2/meetings/{meetingId}}. */
    String endpoint(String method, String rawPath) {
        List<String> parts = segments(rawPath);
        return routes.stream().filter(route -> route.method().equals(method) && values(route, parts).isPresent())
                .findFirst().map(Route::endpoint).orElse(method + " " + rawPath);
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
        List<String> parts = segments(exchange.rawPath);
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> values = values(route, parts);
            if (values.isPresent() && route.method().equals(exchange.method)) {
                route.handler().handle(exchange, principal.get(), values.get());
                return;
            }
            pathKnown |= values.isPresent();
        }
        if (pathKnown) {
            exchange.json(405, error(405, "Method not allowed"));
        } else {
            exchange.json(404, error(404, "No such API endpoint in the fake Zoom: " + exchange.method + " " + exchange.rawPath));
        }
    }

    /** {@code GET /v2/users/{userId}/<name>}: the user's items of that list, with Zoom's paging. */
    private Route userList(String name) {
        return new Route("GET", "/v2/users/{userId}/" + name,
                forUser((exchange, user) -> FakePaging.answer(exchange, name, userLists.of(name, user.id()))));
    }

    /** A route whose {@code {userId}} must name a user the caller may act for; otherwise Zoom's 1001. */
    private Handler forUser(java.util.function.BiConsumer<FakeExchange, User> handler) {
        return (exchange, principal, values) -> user(principal, values.get("userId")).ifPresentOrElse(
                user -> handler.accept(exchange, user), () -> userMissing(exchange, values.get("userId")));
    }

    private void user(FakeExchange exchange, Principal principal, String ref) {
        user(principal, ref).ifPresentOrElse(user -> exchange.json(200, directory.json(user)),
                () -> userMissing(exchange, ref));
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

    /** The path's values by template name when the path has the template's shape. */
    private static Optional<Map<String, String>> values(Route route, List<String> parts) {
        List<String> template = segments(route.template());
        if (template.size() != parts.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                values.put(expected.substring(1, expected.length() - 1), parts.get(i));
            } else if (!expected.equals(parts.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** Decoded path segments: {@code ["v2", "users", "a+b@x.com", "meetings"]}. */
    private static List<String> segments(String rawPath) {
        List<String> parts = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                parts.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
