package io.zoomoauth.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backoff, max age and bodies: the delivery rules alone, with an injected clock and randomness. */
class EventDeliveryRulesTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final DeliverySettings settings = new DeliverySettings(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24), Duration.ofSeconds(60), Duration.ofSeconds(10), "instance-a");

    /** Records outcomes; the claim itself is the store's business (see the persistence contract). */
    static final class RecordingOutbox implements EventOutbox {
        final List<String> outcomes = new ArrayList<>();

        @Override public boolean record(OutboxEvent event) { return true; }
        @Override public List<ClaimedEvent> claimDue(String owner, Instant now, Duration ttl, int limit) { return List.of(); }
        @Override public boolean markDelivered(ClaimedEvent event, Instant at) { return outcomes.add("delivered@" + at); }
        @Override public boolean markRetry(ClaimedEvent event, Instant at, Instant next, String error) {
            return outcomes.add("retry@" + next + ":" + error);
        }
        @Override public boolean markFailed(ClaimedEvent event, Instant at, String error) { return outcomes.add("failed:" + error); }
        @Override public EventPage list(EventQuery query) { return new EventPage(List.of(), Optional.empty()); }
        @Override public Optional<EventRecord> find(String id) { return Optional.empty(); }
        @Override public boolean requeue(String id, Instant now) { return false; }
        @Override public int purgeFinishedBefore(Instant before) { return 0; }
        @Override public EventStats stats() { return new EventStats(0, 0, 0, Optional.empty()); }
    }

    private static RandomSource fixedRandom(double value) {
        return new RandomSource() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 7);
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    private static ClaimedEvent claimed(int attempts, Instant queuedAt) {
        return new ClaimedEvent(1, "evt_000000000001", EventType.CONNECTION_CREATED, "{\"id\":\"evt_000000000001\"}",
                attempts, queuedAt, queuedAt, "instance-a/1");
    }

    @Test
    void backoffStartsAtTheInitialDelayDoublesAndIsCappedWithJitterInItsUpperHalf() {
        assertThat(settings.backoff(1, 0.999)).isBetween(Duration.ofMillis(9990), Duration.ofSeconds(10));
        assertThat(settings.backoff(1, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoff(2, 0.999)).isBetween(Duration.ofMillis(19_980), Duration.ofSeconds(20));
        assertThat(settings.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoff(10, 0.999)).isBetween(Duration.ofMillis(3_596_000), Duration.ofHours(1));
        assertThat(settings.backoff(500, 0.0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aClaimMustOutlastTheReceiverTimeout() {
        assertThatThrownBy(() -> new DeliverySettings(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24),
                Duration.ofSeconds(10), Duration.ofSeconds(10), "a")).hasMessageContaining("claimTtl");
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackoffUntilTheMaximumAgeThenFailed() {
        RecordingOutbox outbox = new RecordingOutbox();
        DeliveryAnswer[] answer = {DeliveryAnswer.status(500)};
        DeliverEventsService service = new DeliverEventsService(outbox, delivery -> answer[0],
                settings, clock, fixedRandom(0.0), DeliveryObserver.NONE);

        assertThat(service.deliver(claimed(0, T0))).isEqualTo(DeliveryObserver.Outcome.RETRY);
        assertThat(service.deliver(claimed(3, T0))).isEqualTo(DeliveryObserver.Outcome.RETRY);
        clock.set(T0.plus(Duration.ofHours(24)).minusMillis(1));
        answer[0] = DeliveryAnswer.noAnswer("no answer within 10000 ms");
        assertThat(service.deliver(claimed(40, T0))).isEqualTo(DeliveryObserver.Outcome.RETRY);
        clock.set(T0.plus(Duration.ofHours(24)));
        assertThat(service.deliver(claimed(41, T0))).isEqualTo(DeliveryObserver.Outcome.FAILED);
        answer[0] = DeliveryAnswer.status(204);
        assertThat(service.deliver(claimed(0, T0))).isEqualTo(DeliveryObserver.Outcome.DELIVERED);

        assertThat(outbox.outcomes).containsExactly(
                "retry@" + T0.plusSeconds(5) + ":HTTP 500",
                "retry@" + T0.plusSeconds(40) + ":HTTP 500",
                "retry@" + T0.plus(Duration.ofHours(24)).minusMillis(1).plus(Duration.ofMinutes(30))
                        + ":no answer within 10000 ms",
                "failed:no answer within 10000 ms",
                "delivered@" + T0.plus(Duration.ofHours(24)));
    }

    @Test
    void anInterruptedDeliveryRecordsNothingSoItsClaimRunsOut() {
        RecordingOutbox outbox = new RecordingOutbox();
        DeliverEventsService service = new DeliverEventsService(outbox, delivery -> {
            Thread.currentThread().interrupt();
            return DeliveryAnswer.noAnswer("connection failed (ClosedChannelException)");
        }, settings, clock, fixedRandom(0.5), DeliveryObserver.NONE);
        try {
            service.deliver(claimed(0, T0));
        } finally {
            Thread.interrupted();
        }
        assertThat(outbox.outcomes).isEmpty();
    }

    @Test
    void theBodyEscapesTextAndEmbedsDataUnchanged() {
        String data = "{\"event\":\"meeting.started\",\"payload\":{\"object\":{\"id\":9223372036854775807}}}";
        OutboxEvent zoomEvent = new OutboxEvent(EventIds.ofContent(data), EventType.ZOOM_EVENT, T0, Optional.empty(),
                Optional.of("acc\"1"), Optional.empty(), data);
        assertThat(zoomEvent.body()).isEqualTo("{\"id\":\"" + zoomEvent.id() + "\",\"type\":\"zoom.event\","
                + "\"occurredAt\":\"2026-11-23T10:00:00Z\",\"zoomUserId\":null,\"accountId\":\"acc\\\"1\","
                + "\"externalUserId\":null,\"tags\":null,\"data\":" + data + "}");
        assertThat(EventIds.ofContent(data)).as("stable for Zoom's retries").isEqualTo(zoomEvent.id());

        OutboxEvent tagged = new OutboxEvent("evt_abcdefgh", EventType.CONNECTION_CREATED, T0, Optional.of("u1"),
                Optional.empty(), Optional.of(new EventSubject(Optional.of("ext\n1"), Map.of("b", "2", "a", "\u0001"))),
                "{}");
        assertThat(tagged.body()).contains("\"externalUserId\":\"ext\\n1\"")
                .contains("\"tags\":{\"a\":\"\\u0001\",\"b\":\"2\"}");
        assertThatThrownBy(() -> new OutboxEvent("evt_abcdefgh", EventType.ZOOM_EVENT, T0, Optional.empty(),
                Optional.empty(), Optional.empty(), "[1]")).hasMessageContaining("dataJson");
    }
}
