package io.zoomoauth.adapters.http;

import io.micronaut.context.ApplicationContext;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthAdapter;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A fake Zoom plus a Micronaut context whose adapters point at it, with short timeouts and retry delays.
 * The Clock bean is registered by hand (not by a @Factory) so nothing leaks into other modules' contexts.
 */
public final class AdapterTestContext implements AutoCloseable {

    public static final String CLIENT_ID = "testClientId";
    public static final String CLIENT_SECRET = "test-client-secret-0123456789";
    public static final String S2S_CLIENT_ID = "s2sClientId";
    public static final String S2S_CLIENT_SECRET = "s2s-client-secret-9876543210";
    public static final URI REDIRECT_URI = URI.create("https://app.example.test/zoom/callback");
    /** Short enough for the hang tests (the fake hangs 2-3 s), long enough for a busy 2-core machine. */
    public static final String READ_TIMEOUT = "1500ms";

    public final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    public final FakeZoom fake = FakeZoom.start(clock);
    public final ApplicationContext context;

    public AdapterTestContext() {
        this(Map.of());
    }

    /** {@code overrides} replace the defaults below; a null value removes the property. */
    public AdapterTestContext(Map<String, Object> overrides) {
        fake.registerApp(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI);
        fake.registerS2sApp(FakeZoom.DEFAULT_ACCOUNT_ID, S2S_CLIENT_ID, S2S_CLIENT_SECRET);
        Map<String, Object> properties = new HashMap<>();
        properties.put("zoom.oauth.base-url", fake.baseUrl().toString());
        properties.put("zoom.oauth.client-id", CLIENT_ID);
        properties.put("zoom.oauth.client-secret", CLIENT_SECRET);
        properties.put("zoom.s2s.account-id", FakeZoom.DEFAULT_ACCOUNT_ID);
        properties.put("zoom.s2s.client-id", S2S_CLIENT_ID);
        properties.put("zoom.s2s.client-secret", S2S_CLIENT_SECRET);
        properties.put("zoom.api.base-url", fake.baseUrl().toString());
        properties.put("zoom.http.connect-timeout", "1s");
        properties.put("zoom.http.read-timeout", READ_TIMEOUT);
        properties.put("zoom.http.pool-wait", "1400ms"); // shorter than the read timeout, as it must be
        properties.put("zoom.http.retry-base-delay", "5ms");
        overrides.forEach((name, value) -> {
            if (value == null) {
                properties.remove(name);
            } else {
                properties.put(name, value);
            }
        });
        context = startContext(properties, clock);
    }

    public static ApplicationContext startContext(Map<String, Object> properties, Clock clock) {
        ApplicationContext context = ApplicationContext.builder().properties(properties).build();
        context.registerSingleton(Clock.class, clock);
        return context.start();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The whole user-OAuth dance for {@code userId}: authorize (approved at the fake), then exchange the code. */
    public TokenSet connect(String userId) {
        ZoomOAuthAdapter oauth = bean(ZoomOAuthAdapter.class);
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        URI callback = fake.approve(oauth.authorizationUri(AuthorizationState.random(RandomSource.secure()),
                verifier.s256Challenge(), REDIRECT_URI), userId);
        return oauth.exchangeCode(queryParameter(callback, "code"), verifier, REDIRECT_URI);
    }

    /** A user of their own (a unique email) connected once, with faults cleared and counters reset after it. */
    public ConnectedUser freshConnectedUser(String emailPrefix, String firstName, String lastName) {
        fake.clearFaults();
        String userId = fake.addUser(emailPrefix + System.nanoTime() + "@example.com", firstName, lastName);
        AccessToken token = connect(userId).accessToken();
        fake.resetCounters();
        return new ConnectedUser(userId, token);
    }

    public record ConnectedUser(String userId, AccessToken token) {
    }

    public static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " missing in " + uri);
    }

    @Override
    public void close() {
        context.close();
        fake.close();
    }
}
