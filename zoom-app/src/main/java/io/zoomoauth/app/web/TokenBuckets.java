package io.zoomoauth.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per key (client address): {@code burst} tokens, refilled at {@code perMinute} per minute. */
final class TokenBuckets {

    private static final class Bucket {
        private double tokens;
        private Instant updated;

        Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    private final double capacity;
    private final double perSecond;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int burst, int perMinute, int maxKeys, Clock clock) {
        if (burst < 1 || perMinute < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("zoom.rate-limit.burst, .per-minute and .max-addresses must be positive");
        }
        this.capacity = burst;
        this.perSecond = perMinute / 60.0;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes a token for {@code key}; empty when granted, else the seconds until the next token. */
    OptionalLong take(String key) {
        Instant now = clock.instant();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    /** A full bucket holds no information: dropping it changes nothing for its address. */
    private void forgetFullBuckets(Instant now) {
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                refill(bucket, now);
                return bucket.tokens >= capacity;
            }
        });
    }

    private void refill(Bucket bucket, Instant now) {
        double seconds = Math.max(0, Duration.between(bucket.updated, now).toNanos() / 1e9);
        bucket.tokens = Math.min(capacity, bucket.tokens + seconds * perSecond);
        bucket.updated = now;
    }
}
