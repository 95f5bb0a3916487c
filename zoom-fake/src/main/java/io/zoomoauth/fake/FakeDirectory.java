package io.zoomoauth.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The fake's registered apps and users. */
final class FakeDirectory {

    record App(String clientId, String secret, String redirectUri, String scopes, String s2sAccountId) {
        boolean isS2s() {
            return s2sAccountId != null;
        }
    }

    record User(String id, String accountId, String email, String firstName, String lastName, long pmi) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Clock clock;

    FakeDirectory(Clock clock) {
        this.clock = clock;
    }

    void register(App app) {
        apps.put(app.clientId(), app);
    }

    void add(User user) {
        users.put(user.id(), user);
    }

    /** A new user with a random Zoom-style id and personal meeting id. */
    User create(String accountId, String email, String firstName, String lastName) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        long pmi = 1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L);
        User user = new User(Base64.getUrlEncoder().withoutPadding().encodeToString(id), accountId, email, firstName,
                lastName, pmi);
        add(user);
        return user;
    }

    /** Every user, by email. */
    List<User> users() {
        return users.values().stream().sorted(Comparator.comparing(User::email)).toList();
    }

    Optional<App> app(String clientId) {
        return Optional.ofNullable(clientId == null ? null : apps.get(clientId));
    }

    Optional<User> user(String userId) {
        return Optional.ofNullable(userId == null ? null : users.get(userId));
    }

    /** A user of {@code accountId} named by id or (case-insensitive) email. */
    Optional<User> find(String accountId, String idOrEmail) {
        return users.values().stream()
                .filter(user -> user.accountId().equals(accountId))
                .filter(user -> user.id().equals(idOrEmail) || user.email().equalsIgnoreCase(idOrEmail))
                .findFirst();
    }

    /** The account's owner for Server-to-Server {@code /users/me}: its first user by id. */
    Optional<User> owner(String accountId) {
        return users.values().stream().filter(user -> user.accountId().equals(accountId))
                .min((a, b) -> a.id().compareTo(b.id()));
    }

    /** HTTP Basic client authentication: the app, when id and secret match (compared in constant time). */
    Optional<App> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String secret = decoded.substring(colon + 1);
        return app(decoded.substring(0, colon)).filter(app -> MessageDigest.isEqual(
                app.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code GET /users/me} as Zoom answers it: more fields than the service models. */
    Map<String, Object> json(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("first_name", user.firstName());
        json.put("last_name", user.lastName());
        json.put("display_name", (user.firstName() + " " + user.lastName()).trim());
        json.put("email", user.email());
        json.put("type", 1);
        json.put("role_name", "Owner");
        json.put("pmi", user.pmi());
        json.put("use_pmi", false);
        json.put("timezone", "Europe/Berlin");
        json.put("verified", 1);
        json.put("dept", "");
        json.put("created_at", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("language", "en-US");
        json.put("status", "active");
        json.put("role_id", "0");
        json.put("account_id", user.accountId());
        json.put("account_number", 9_876_543_210L);
        json.put("cluster", "us05");
        json.put("custom_attributes", List.of(Map.of("key", "cbf_team", "name", "Team", "value", "core")));
        return json;
    }
}
