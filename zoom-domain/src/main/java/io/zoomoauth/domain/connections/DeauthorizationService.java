package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.access.ObtainAccessTokenUseCase;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.EventSubject;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.GrantStore.Deauthorized;
import java.time.Clock;
import java.util.Optional;

/**
 * Deletes everything stored for a deauthorized user and records the deletion. An event already handled is
 * answered without acting again (a replay must not delete a user who has connected since), and an event older
 * than the stored grant's consent leaves that grant alone. Idempotent: the deletion runs before the event is
 * marked handled, so a failure half-way is repaired by Zoom's retry.
 */
public final class DeauthorizationService implements HandleDeauthorizationUseCase {

    private static final String REASON = DeletionRecords.DEAUTHORIZATION;

    private final GrantStore grants;
    private final ConnectionDirectory directory;
    private final ProcessedEventStore processed;
    private final ObtainAccessTokenUseCase tokens;
    private final Clock clock;
    private final GrantEvents events;

    public DeauthorizationService(GrantStore grants, ConnectionDirectory directory, ProcessedEventStore processed,
                                  ObtainAccessTokenUseCase tokens, Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.directory = Check.notNull(directory, "directory");
        this.processed = Check.notNull(processed, "processed");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public Outcome handle(DeauthorizationEvent event) {
        if (processed.isRecorded(event.eventKey())) {
            return Outcome.ALREADY_HANDLED;
        }
        // Read without decrypting: a grant whose tokens cannot be read is still deleted, and its event says whose.
        EventSubject subject = directory.findConnection(event.userId())
                .map(connection -> GrantEvents.subjectOf(connection.link())).orElse(EventSubject.NONE);
        Deauthorized result = grants.deleteDeauthorized(event.userId(), event.deauthorizedAt(), clock.instant(), REASON,
                events.deleted(event.userId(), Optional.of(event.accountId()), subject, GrantEvents.DEAUTHORIZED));
        if (result == Deauthorized.DELETED) {
            tokens.forget(event.userId());
        }
        boolean firstTime = processed.recordIfNew(event.eventKey(), REASON, clock.instant());
        return switch (result) {
            case DELETED -> Outcome.DELETED;
            case NEWER_GRANT_KEPT -> Outcome.SUPERSEDED;
            case NOTHING_STORED -> firstTime ? Outcome.NOTHING_STORED : Outcome.ALREADY_HANDLED;
        };
    }
}
