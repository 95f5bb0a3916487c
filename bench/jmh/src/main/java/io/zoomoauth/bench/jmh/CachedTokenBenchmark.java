package io.zoomoauth.bench.jmh;

import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) The hot path of every Zoom API call: {@link AccessTokenService#accessTokenFor} for a grant whose access
 * token is valid and already cached in memory. Target: at most 1 µs median.
 *
 * <p>{@code clock=fixed} uses {@link Clock#fixed} (the brief's set-up: no clock cost at all); {@code clock=system}
 * uses {@link Clock#systemUTC()} as the app does. {@code connectedUsers} is how many grants are cached (callers
 * cycle through them), to show the lookup does not degrade with a large cache. The tear-down checks that no
 * measured call reached the store or "Zoom".
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CachedTokenBenchmark {

    @Param({"fixed", "system"})
    public String clock;

    @Param({"1", "10000"})
    public int connectedUsers;

    private InMemoryGrantStore store;
    private BenchOAuth oauth;
    private AccessTokenService tokens;
    private ZoomUserId[] users;
    private long findsAfterWarm;

    /** Each measuring thread walks through the users on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        Instant now = Instant.now();
        Clock time = "fixed".equals(clock) ? Clock.fixed(now, ZoneOffset.UTC) : Clock.systemUTC();
        store = new InMemoryGrantStore();
        users = new ZoomUserId[connectedUsers];
        for (int i = 0; i < connectedUsers; i++) {
            users[i] = i == 0 ? BenchFixtures.USER : new ZoomUserId(String.format("benchUser%012d", i));
            store.saveConnected(BenchFixtures.grant(users[i], "u" + i, now));
        }
        oauth = new BenchOAuth(time, "unused", 0);
        tokens = BenchFixtures.tokenManager(store, oauth, time);
        for (ZoomUserId user : users) {
            tokens.accessTokenFor(user); // first call loads from the store and caches
        }
        findsAfterWarm = store.finds.get();
    }

    @TearDown(Level.Trial)
    public void check() {
        long storeTrips = store.finds.get() - findsAfterWarm;
        System.out.println();
        System.out.println("[check] store round trips during measurement: " + storeTrips
                + ", Zoom refreshes: " + oauth.refreshCalls.get()
                + (storeTrips == 0 && oauth.refreshCalls.get() == 0 ? " (all served from memory)" : "  <-- NOT the cached path"));
    }

    @Benchmark
    public AccessToken lookup(Cursor cursor) {
        return next(cursor);
    }

    @Benchmark
    @Threads(2)
    public AccessToken lookup2Threads(Cursor cursor) {
        return next(cursor);
    }

    private AccessToken next(Cursor cursor) {
        int i = cursor.next;
        cursor.next = i + 1 == users.length ? 0 : i + 1;
        return tokens.accessTokenFor(users[i]);
    }
}
