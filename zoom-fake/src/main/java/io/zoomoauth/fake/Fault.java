package io.zoomoauth.fake;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** What the fake does instead of answering normally; arm it with {@link FakeZoom#failNext}. */
public final class Fault {

    enum Kind { STATUS, HTML, RATE_LIMIT, HANG, DROP, DELAY }

    final Kind kind;
    final int status;
    final String retryAfter;
    final String rateLimitType;
    final Duration hang;

    private Fault(Kind kind, int status, String retryAfter, String rateLimitType, Duration hang) {
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.rateLimitType = rateLimitType;
        this.hang = hang;
    }

    /** Answers {@code status} (e.g. 500, 502, 503) with a Zoom-style error body. */
    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, null, null, null);
    }

    /** Answers {@code status} with an HTML page instead of JSON, as a proxy or maintenance page in front of Zoom does. */
    public static Fault html(int status) {
        return new Fault(Kind.HTML, status, null, null, null);
    }

    /** 429 with the given raw {@code Retry-After} and {@code X-RateLimit-Type} headers (either may be null). */
    public static Fault rateLimit(String retryAfter, String rateLimitType) {
        return new Fault(Kind.RATE_LIMIT, 429, retryAfter, rateLimitType, null);
    }

    /** 429, {@code Retry-After: <seconds>}, {@code X-RateLimit-Type: QPS}. */
    public static Fault rateLimitRetryAfterSeconds(long seconds) {
        return rateLimit(Long.toString(seconds), "QPS");
    }

    /** 429 with {@code Retry-After} as an HTTP date (RFC 1123). */
    public static Fault rateLimitRetryAfterHttpDate(Instant at) {
        return rateLimit(DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)), "QPS");
    }

    /** 429 with {@code Retry-After} as an ISO date-time, as Zoom sometimes sends. */
    public static Fault rateLimitRetryAfterIsoDate(Instant at) {
        return rateLimit(at.toString(), "QPS");
    }

    /** 429, {@code X-RateLimit-Type: Daily-limit}, {@code Retry-After} at the next reset (ISO date-time). */
    public static Fault dailyLimit(Instant resetsAt) {
        return rateLimit(resetsAt.toString(), "Daily-limit");
    }

    /** Reads the request and then says nothing for {@code duration}; then closes the connection. */
    public static Fault hang(Duration duration) {
        return new Fault(Kind.HANG, 0, null, null, Objects.requireNonNull(duration, "duration"));
    }

    /**
     * Waits {@code duration}, then handles the request as usual (a create still creates): a client that gave up
     * meanwhile never learns the outcome of a request Zoom carried out.
     */
    public static Fault delay(Duration duration) {
        return new Fault(Kind.DELAY, 0, null, null, Objects.requireNonNull(duration, "duration"));
    }

    /** Reads the request and closes the connection without an answer. */
    public static Fault drop() {
        return new Fault(Kind.DROP, 0, null, null, null);
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + "]";
    }
}
