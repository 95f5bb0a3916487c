package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * At-least-once delivery: a claimed event is POSTed (the receiver adapter signs it); a 2xx is success, anything else is retried with
 * jittered exponential backoff until the event is older than the maximum age, then it is FAILED. Outcomes are
 * written only under this instance's claim.
 */
public final class DeliverEventsService implements DeliverEventsUseCase {

    private final EventOutbox outbox;
    private final EventReceiverPort receiver;
    private final DeliverySettings settings;
    private final Clock clock;
    private final RandomSource random;
    private final DeliveryObserver observer;
    private final String owner;

    public DeliverEventsService(EventOutbox outbox, EventReceiverPort receiver, DeliverySettings settings, Clock clock,
                                RandomSource random, DeliveryObserver observer) {
        this.outbox = Check.notNull(outbox, "outbox");
        this.receiver = Check.notNull(receiver, "receiver");
        this.settings = Check.notNull(settings, "settings");
        this.clock = Check.notNull(clock, "clock");
        this.random = Check.notNull(random, "random");
        this.observer = Check.notNull(observer, "observer");
        byte[] suffix = new byte[6];
        random.nextBytes(suffix);
        this.owner = settings.instanceId() + "/" + HexFormat.of().formatHex(suffix);
    }

    @Override
    public List<ClaimedEvent> claimDue(int max) {
        return max < 1 ? List.of() : outbox.claimDue(owner, clock.instant(), settings.claimTtl(), max);
    }

    @Override
    public DeliveryObserver.Outcome deliver(ClaimedEvent event) {
        byte[] body = event.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        DeliveryAnswer answer = receiver.post(new EventDelivery(event.id(), timestamp, body));
        if (Thread.currentThread().isInterrupted()) {
            // This instance is stopping: record nothing; the claim runs out and another instance delivers.
            return DeliveryObserver.Outcome.RETRY;
        }
        Instant now = clock.instant();
        DeliveryObserver.Outcome outcome;
        if (answer.success()) {
            outcome = DeliveryObserver.Outcome.DELIVERED;
            if (outbox.markDelivered(event, now)) {
                observer.deliveredAfter(event, Duration.between(event.createdAt(), now));
            }
        } else if (!now.isBefore(event.queuedAt().plus(settings.maxAge()))) {
            outcome = DeliveryObserver.Outcome.FAILED;
            outbox.markFailed(event, now, answer.problem());
        } else {
            outcome = DeliveryObserver.Outcome.RETRY;
            Duration wait = settings.backoff(event.attempts() + 1, random.nextDouble());
            outbox.markRetry(event, now, now.plus(wait), answer.problem());
        }
        observer.attempted(event, outcome, answer);
        return outcome;
    }
}
