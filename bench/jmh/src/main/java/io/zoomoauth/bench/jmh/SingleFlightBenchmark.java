package io.zoomoauth.bench.jmh;

import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.token.AccessToken;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * (b) The single-flight path under contention. One benchmark operation is one <em>round</em>: {@code callers}
 * threads (started once, parked on a phaser) are released together, each calls
 * {@link AccessTokenService#accessTokenFor} for the same grant, and the round ends when all of them have a token.
 *
 * <ul>
 *   <li>{@code expiryRound}: before releasing the callers the clock jumps one token lifetime, so the cached token
 *       is due; the callers must share one refresh (one Zoom call, one lease) and all get the same new token.</li>
 *   <li>{@code cachedRound}: the same round without the jump (every caller is served from memory): the baseline
 *       cost of waking and collecting the threads. {@code expiryRound - cachedRound} is what an expiry costs.</li>
 * </ul>
 *
 * {@code zoomLatencyMicros} is how long the stand-in Zoom token endpoint takes. With 0 the refresh is so quick
 * that late callers often find the new token already cached; with 1000 every caller arrives while the refresh is
 * in flight and must wait for it and share its result (the wait-and-share path). The aux counters (totals per
 * iteration) and the tear-down line give Zoom refreshes, leases and store reads per expiry: refreshes per expiry
 * must be exactly 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class SingleFlightBenchmark {

    @Param({"8", "32"})
    public int callers;

    @Param({"0", "1000"})
    public long zoomLatencyMicros;

    private MutableClock clock;
    private InMemoryGrantStore store;
    private BenchOAuth oauth;
    private AccessTokenService tokens;
    private Phaser phaser;
    private Thread[] workers;
    private AccessToken[] results;
    private final AtomicLong failures = new AtomicLong();
    private long rounds;
    private long expiries;
    private long mixedRounds;
    private long lastRefreshes;
    private long lastFinds;
    private long lastLeases;

    /** Per-iteration totals, shown by JMH next to the timing (divide by {@code rounds} for per-round values). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counters {
        public long rounds;
        public long zoomRefreshes;
        public long leases;
        public long storeReads;

        @Setup(Level.Iteration)
        public void reset() {
            rounds = 0;
            zoomRefreshes = 0;
            leases = 0;
            storeReads = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        clock = new MutableClock(BenchFixtures.T0);
        store = new InMemoryGrantStore();
        var grant = store.saveConnected(BenchFixtures.grant(BenchFixtures.USER, "one", BenchFixtures.T0));
        oauth = new BenchOAuth(clock, grant.tokens().refreshToken().value(),
                TimeUnit.MICROSECONDS.toNanos(zoomLatencyMicros));
        tokens = BenchFixtures.tokenManager(store, oauth, clock);
        tokens.accessTokenFor(BenchFixtures.USER);
        phaser = new Phaser(callers + 1);
        results = new AccessToken[callers];
        workers = new Thread[callers];
        for (int i = 0; i < callers; i++) {
            int slot = i;
            workers[i] = new Thread(() -> callerLoop(slot), "caller-" + i);
            workers[i].setDaemon(true);
            workers[i].start();
        }
        snapshot();
    }

    private void callerLoop(int slot) {
        while (true) {
            int phase = phaser.arriveAndAwaitAdvance(); // the start gate
            if (phase < 0) {
                return;
            }
            try {
                results[slot] = tokens.accessTokenFor(BenchFixtures.USER);
            } catch (Throwable e) {
                results[slot] = null;
                failures.incrementAndGet();
            }
            if (phaser.arriveAndAwaitAdvance() < 0) { // done; wait for the round to end before the next start
                return;
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        phaser.forceTermination();
        for (Thread worker : workers) {
            worker.join(5_000);
        }
        System.out.println();
        System.out.printf("[check] rounds=%d expiries=%d zoomRefreshes=%d refreshesPerExpiry=%s refreshTokenReuse=%d"
                        + " rounds-with-differing-tokens=%d failures=%d%n", rounds, expiries, oauth.refreshCalls.get(),
                expiries == 0 ? "n/a" : String.format("%.4f", oauth.refreshCalls.get() / (double) expiries),
                oauth.reuse.get(), mixedRounds, failures.get());
        System.out.printf("[check] per round: leases=%.3f storeReads=%.3f%n",
                store.leasesGranted.get() / (double) Math.max(1, rounds), store.finds.get() / (double) Math.max(1, rounds));
    }

    @Benchmark
    public void expiryRound(Counters counters) {
        clock.advance(BenchFixtures.LIFETIME); // the cached token (and the stored one) is now past expiry - skew
        expiries++;
        round(counters);
    }

    @Benchmark
    public void cachedRound(Counters counters) {
        round(counters);
    }

    private void round(Counters counters) {
        phaser.arriveAndAwaitAdvance(); // open the start gate (every caller is parked at it)
        phaser.arriveAndAwaitAdvance(); // wait until every caller has its token
        rounds++;
        AccessToken first = results[0];
        for (AccessToken token : results) {
            if (token == null || !token.equals(first)) {
                mixedRounds++;
                break;
            }
        }
        counters.rounds++;
        long refreshes = oauth.refreshCalls.get();
        long finds = store.finds.get();
        long leases = store.leasesGranted.get();
        counters.zoomRefreshes += refreshes - lastRefreshes;
        counters.storeReads += finds - lastFinds;
        counters.leases += leases - lastLeases;
        lastRefreshes = refreshes;
        lastFinds = finds;
        lastLeases = leases;
    }

    private void snapshot() {
        lastRefreshes = oauth.refreshCalls.get();
        lastFinds = store.finds.get();
        lastLeases = store.leasesGranted.get();
    }
}
