package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.access.ObtainAccessTokenUseCase;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.EventSubject;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Deletes everything stored for a deauthorized user and records the deletion. Idempotent: the deletion runs
 * before the event is marked handled, so a failure half-way is repaired by Zoom's retry.
 */
public final class DeauthorizationService implements HandleDeauthorizationUseCase {

    private final GrantStore grants;
    private final ProcessedEventStore processed;
    private final ObtainAccessTokenUseCase tokens;
    private final Clock clock;
    private final GrantEvents events;

    public DeauthorizationService(GrantStore grants, ProcessedEventStore processed, ObtainAccessTokenUseCase tokens,
                                  Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.processed = Check.notNull(processed, "processed");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public Outcome handle(DeauthorizationEvent event) {
        EventSubject subject = grants.find(event.userId()).map(GrantEvents::subjectOf).orElse(EventSubject.NONE);
        boolean deleted = grants.deleteUser(event.userId(), clock.instant(), "app_deauthorized",
                events.deleted(event.userId(), Optional.of(event.accountId()), subject, GrantEvents.DEAUTHORIZED));
        tokens.forget(event.userId());
        boolean firstTime = processed.recordIfNew(event.eventKey(), "app_deauthorized", clock.instant());
        if (deleted) {
            return Outcome.DELETED;
        }
        return firstTime ? Outcome.NOTHING_STORED : Outcome.ALREADY_HANDLED;
    }
}
