package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Event ids: random for our own events, derived from the content for Zoom's (so Zoom's retries are one event). */
public final class EventIds {

    private static final int BYTES = 12;

    private final RandomSource random;

    public EventIds(RandomSource random) {
        this.random = Check.notNull(random, "random");
    }

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return "evt_" + HexFormat.of().formatHex(bytes);
    }

    /** The same id for the same bytes: a retried Zoom webhook (same body, same event_ts) maps to the same event. */
    public static String ofContent(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "evt_" + HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
