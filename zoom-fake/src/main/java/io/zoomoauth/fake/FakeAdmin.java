package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.User;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's own controls under {@code /admin/} (not Zoom's: for demo mode, documented in docs/demo.md), so a
 * person can watch refresh, re-authorization and outage handling happen:
 * <ul>
 *   <li>{@code GET /admin/users}: the fake's users;</li>
 *   <li>{@code POST /admin/users/{id or email}/expire-access-token}: the user's access tokens die now;</li>
 *   <li>{@code POST /admin/users/{id or email}/revoke-grant}: the user's grant ends, as after a deauthorization;</li>
 *   <li>{@code POST /admin/faults?fault=503|rate-limit|daily-limit|drop|hang&times=&method=&path=&seconds=};</li>
 *   <li>{@code DELETE /admin/faults}; {@code GET /admin/counters}.</li>
 * </ul>
 * Parameters come from the query string or a form body. Requests here are not counted and never meet a fault.
 */
final class FakeAdmin {

    static final String ROOT = "/admin/";

    private final FakeZoom zoom;
    private final FakeDirectory directory;
    private final Clock clock;

    FakeAdmin(FakeZoom zoom, FakeDirectory directory, Clock clock) {
        this.zoom = zoom;
        this.directory = directory;
        this.clock = clock;
    }

    void handle(FakeExchange exchange) {
        String[] parts = exchange.rawPath.substring(ROOT.length()).split("/");
        String method = exchange.method;
        if (parts.length == 1 && parts[0].equals("users") && method.equals("GET")) {
            exchange.json(200, directory.users().stream().map(FakeAdmin::json).toList());
        } else if (parts.length == 3 && parts[0].equals("users") && method.equals("POST")) {
            userAction(exchange, decoded(parts[1]), parts[2]);
        } else if (parts.length == 1 && parts[0].equals("faults") && method.equals("POST")) {
            armFault(exchange);
        } else if (parts.length == 1 && parts[0].equals("faults") && method.equals("DELETE")) {
            zoom.clearFaults();
            exchange.noContent();
        } else if (parts.length == 1 && parts[0].equals("counters") && method.equals("GET")) {
            exchange.json(200, counters());
        } else {
            exchange.json(404, problem("No such admin endpoint: " + method + " " + exchange.rawPath
                    + " (see docs/demo.md)"));
        }
    }

    private void userAction(FakeExchange exchange, String idOrEmail, String action) {
        Optional<User> user = directory.find(FakeZoom.DEFAULT_ACCOUNT_ID, idOrEmail)
                .or(() -> directory.user(idOrEmail));
        if (user.isEmpty()) {
            exchange.json(404, problem("No user " + idOrEmail + " in the fake Zoom (GET /admin/users lists them)"));
            return;
        }
        String userId = user.get().id();
        switch (action) {
            case "expire-access-token" -> {
                zoom.expireAccessTokens(userId);
                exchange.json(200, done(user.get(), "access tokens expired; the refresh token still works"));
            }
            case "revoke-grant" -> {
                zoom.revokeGrant(userId);
                exchange.json(200, done(user.get(), "grant revoked; the user must authorize again"));
            }
            default -> exchange.json(404, problem("Unknown user action " + action
                    + " (expire-access-token or revoke-grant)"));
        }
    }

    private void armFault(FakeExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>(exchange.query());
        exchange.form().forEach(parameters::putIfAbsent);
        String kind = parameters.getOrDefault("fault", "");
        Optional<Integer> times = number(parameters.getOrDefault("times", "1"), 1, 1000);
        Optional<Integer> seconds = number(parameters.getOrDefault("seconds", "0"), 0, 3600);
        Optional<Fault> fault = seconds.flatMap(s -> fault(kind, s));
        if (fault.isEmpty() || times.isEmpty()) {
            exchange.json(400, problem("fault must be an HTTP status 400-599, rate-limit, daily-limit, drop or hang; "
                    + "times 1-1000; seconds 0-3600"));
            return;
        }
        String method = blankToNull(parameters.get("method"));
        String path = blankToNull(parameters.get("path"));
        zoom.failNext(method, path, times.get(), fault.get());
        Map<String, Object> armed = new LinkedHashMap<>();
        armed.put("fault", fault.get().toString());
        armed.put("times", times.get());
        armed.put("method", method == null ? "any" : method);
        armed.put("path", path == null ? "any" : path);
        exchange.json(201, armed);
    }

    private Optional<Fault> fault(String kind, int seconds) {
        return switch (kind) {
            case "rate-limit" -> Optional.of(Fault.rateLimitRetryAfterSeconds(Math.max(seconds, 1)));
            case "daily-limit" -> Optional.of(Fault.dailyLimit(
                    LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            case "drop" -> Optional.of(Fault.drop());
            case "hang" -> Optional.of(Fault.hang(Duration.ofSeconds(seconds == 0 ? 30 : seconds)));
            default -> number(kind, 400, 599).map(Fault::status);
        };
    }

    private Map<String, Object> counters() {
        Map<String, Object> tokenCalls = new LinkedHashMap<>();
        for (String grantType : List.of("authorization_code", "refresh_token", "account_credentials")) {
            tokenCalls.put(grantType, zoom.tokenCalls(grantType));
        }
        Map<String, Object> counters = new LinkedHashMap<>();
        counters.put("token_calls", tokenCalls);
        counters.put("refresh_token_reuse", zoom.refreshTokenReuseCount());
        counters.put("revocations", zoom.revocations());
        counters.put("api_calls", zoom.apiCalls().size());
        counters.put("requests", zoom.totalRequests());
        return counters;
    }

    private static Map<String, Object> json(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("email", user.email());
        json.put("name", (user.firstName() + " " + user.lastName()).trim());
        return json;
    }

    private static Map<String, Object> done(User user, String what) {
        Map<String, Object> json = json(user);
        json.put("done", what);
        return json;
    }

    private static Map<String, Object> problem(String message) {
        return Map.of("error", message);
    }

    private static Optional<Integer> number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
