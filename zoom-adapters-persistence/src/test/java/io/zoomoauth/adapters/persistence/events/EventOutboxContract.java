package io.zoomoauth.adapters.persistence.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.domain.events.ClaimedEvent;
import io.zoomoauth.domain.events.EventOutbox;
import io.zoomoauth.domain.events.EventPage;
import io.zoomoauth.domain.events.EventQuery;
import io.zoomoauth.domain.events.EventStatus;
import io.zoomoauth.domain.events.EventSubject;
import io.zoomoauth.domain.events.EventType;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every {@link EventOutbox} must do, and how the grant store writes events with its changes; on each real database. */
abstract class EventOutboxContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-07-01T08:00:00.000123Z");
    static final Duration TTL = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EventOutbox outbox;
    private GrantStore grants;

    EventOutboxContract(DatabaseTarget target) {
        super(target, "outbox", T0, "event_outbox", "zoom_grant", "grant_deletion");
    }

    @BeforeAll
    void openStores() {
        outbox = vault.context().getBean(EventOutbox.class);
        grants = vault.grants();
    }

    private static OutboxEvent event(String zoomUserId, Instant at) {
        return new OutboxEvent("evt_test" + String.format("%08d", SEQUENCE.incrementAndGet()), EventType.ZOOM_EVENT, at,
                Optional.ofNullable(zoomUserId), Optional.of("acc1"), Optional.of(EventSubject.NONE),
                "{\"event\":\"meeting.started\",\"payload\":{\"object\":{\"id\":9223372036854775807}}}");
    }

    private List<String> claimedIds(String owner, Instant now, int limit) {
        return outbox.claimDue(owner, now, TTL, limit).stream().map(ClaimedEvent::id).toList();
    }

    @Test
    void anEventIsRecordedOnceAndClaimedWithTheBodyItWillBeSignedWith() {
        OutboxEvent event = event("u1", T0);
        assertThat(outbox.record(event)).isTrue();
        assertThat(outbox.record(event)).as("Zoom's retry of the same event").isFalse();

        List<ClaimedEvent> claimed = outbox.claimDue("a", T0, TTL, 10);
        assertThat(claimed).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(event.id());
            assertThat(c.body()).isEqualTo(event.body()).contains("9223372036854775807");
            assertThat(c.attempts()).isZero();
            assertThat(c.createdAt()).isEqualTo(T0);
        });
        assertThat(outbox.claimDue("b", T0.plusSeconds(59), TTL, 10)).as("claimed by a").isEmpty();
        assertThat(claimedIds("b", T0.plusSeconds(60), 10)).as("a's claim expired").containsExactly(event.id());
    }

    @Test
    void ofTwoInstancesClaimingAtOnceEachEventGoesToOne() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox.record(event("user" + i, T0));
        }
        try (VaultContext other = VaultContext.start(database, key, clock)) {
            EventOutbox second = other.context().getBean(EventOutbox.class);
            List<Callable<List<String>>> claimers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                EventOutbox instance = i % 2 == 0 ? outbox : second;
                String owner = "owner" + i;
                claimers.add(() -> instance.claimDue(owner, T0, TTL, 10).stream().map(ClaimedEvent::id).toList());
            }
            List<String> all = Concurrently.run(claimers).stream().flatMap(List::stream).toList();
            assertThat(new HashSet<>(all)).hasSize(all.size());
            assertThat(all).hasSize(40);
        }
    }

    @Test
    void aLaterEventOfAUserWaitsForTheEarlierOneEventsOfOthersDoNot() {
        OutboxEvent first = event("u1", T0);
        OutboxEvent second = event("u1", T0);
        OutboxEvent otherUser = event("u2", T0);
        OutboxEvent noUser = event(null, T0);
        List.of(first, second, otherUser, noUser).forEach(outbox::record);

        List<ClaimedEvent> claimed = outbox.claimDue("a", T0, TTL, 10);
        assertThat(claimed).extracting(ClaimedEvent::id).containsExactly(first.id(), otherUser.id(), noUser.id());
        ClaimedEvent failing = claimed.get(0);
        assertThat(outbox.markRetry(failing, T0, T0.plusSeconds(10), "HTTP 500")).isTrue();
        assertThat(claimedIds("a", T0.plusSeconds(5), 10)).as("the earlier one is not due yet, the later waits").isEmpty();

        ClaimedEvent retried = outbox.claimDue("a", T0.plusSeconds(10), TTL, 10).get(0);
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(outbox.markFailed(retried, T0.plusSeconds(10), "HTTP 500")).isTrue();
        assertThat(claimedIds("a", T0.plusSeconds(10), 10)).as("FAILED no longer holds it").containsExactly(second.id());
    }

    @Test
    void outcomesAreWrittenOnlyUnderTheClaim() {
        outbox.record(event("u1", T0));
        ClaimedEvent byA = outbox.claimDue("a", T0, TTL, 1).get(0);
        ClaimedEvent byB = outbox.claimDue("b", T0.plus(TTL), TTL, 1).get(0);

        assertThat(outbox.markDelivered(byA, T0.plus(TTL))).as("a's claim was taken over").isFalse();
        assertThat(outbox.markDelivered(byB, T0.plus(TTL))).isTrue();
        assertThat(outbox.find(byB.id())).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.DELIVERED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.deliveredAt()).contains(T0.plus(TTL));
            assertThat(e.nextAttemptAt()).isEmpty();
        });
        assertThat(outbox.claimDue("c", T0.plus(TTL.multipliedBy(3)), TTL, 1)).isEmpty();
    }

    @Test
    void requeueStartsAnyEventOverAndTheLastErrorIsKept() {
        outbox.record(event("u1", T0));
        ClaimedEvent claimed = outbox.claimDue("a", T0, TTL, 1).get(0);
        outbox.markFailed(claimed, T0, "no answer within 10000 ms");

        Instant later = T0.plus(Duration.ofDays(2));
        assertThat(outbox.requeue(claimed.id(), later)).isTrue();
        assertThat(outbox.requeue("evt_missing00000", later)).isFalse();
        ClaimedEvent again = outbox.claimDue("a", later, TTL, 1).get(0);
        assertThat(again.queuedAt()).as("its maximum age starts over").isEqualTo(later);
        outbox.markDelivered(again, later);
        assertThat(outbox.find(claimed.id())).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.DELIVERED);
            assertThat(e.lastError()).contains("no answer within 10000 ms");
            assertThat(e.attempts()).isEqualTo(2);
        });
    }

    @Test
    void theAuditTrailFiltersAndPagesNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OutboxEvent event = event(i % 2 == 0 ? "even" : "odd", T0.plusSeconds(i));
            outbox.record(event);
            ids.add(event.id());
        }
        EventPage first = outbox.list(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2, Optional.empty()));
        assertThat(first.events()).extracting(e -> e.id()).containsExactly(ids.get(4), ids.get(3));
        EventPage second = outbox.list(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2, first.nextBefore()));
        assertThat(second.events()).extracting(e -> e.id()).containsExactly(ids.get(2), ids.get(1));
        EventPage last = outbox.list(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2, second.nextBefore()));
        assertThat(last.events()).extracting(e -> e.id()).containsExactly(ids.get(0));
        assertThat(last.nextBefore()).isEmpty();

        EventPage evens = outbox.list(new EventQuery(Optional.of("even"), Optional.empty(),
                Optional.of(EventType.ZOOM_EVENT), Optional.of(EventStatus.PENDING), 100, Optional.empty()));
        assertThat(evens.events()).extracting(e -> e.id()).containsExactly(ids.get(4), ids.get(2), ids.get(0));
        assertThat(outbox.list(new EventQuery(Optional.of("EVEN"), Optional.empty(), Optional.empty(),
                Optional.empty(), 100, Optional.empty())).events()).as("ids are case-sensitive").isEmpty();
        assertThat(outbox.stats().pending()).isEqualTo(5);
        assertThat(outbox.stats().oldestPendingCreatedAt()).contains(T0);
    }

    @Test
    void housekeepingPurgesOldFinishedEventsButNeverPendingOnes() {
        outbox.record(event("u1", T0.minus(Duration.ofDays(31))));
        outbox.record(event("u2", T0.minus(Duration.ofDays(31))));
        List<ClaimedEvent> claimed = outbox.claimDue("a", T0, TTL, 1);
        outbox.markDelivered(claimed.get(0), T0);

        assertThat(outbox.purgeFinishedBefore(T0.minus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(outbox.stats().pending()).isEqualTo(1);
    }

    @Test
    void aConnectionAndItsEventAreStoredTogetherOrNotAtAll() {
        Grant grant = Grants.connected("txuser", T0);
        OutboxEvent taken = event("someone", T0);
        outbox.record(taken);
        GrantStore.ConnectionEvent clashing = (stored, replaced) -> taken; // its insert fails: duplicate id

        assertThatThrownBy(() -> grants.saveConnected(grant, clashing)).isInstanceOf(RuntimeException.class);
        assertThat(grants.find(grant.userId())).as("no change without its event").isEmpty();

        grants.saveConnected(grant, Grants.CONNECTED);
        grants.saveConnected(grant, Grants.CONNECTED);
        assertThat(sql.query("SELECT event_type FROM event_outbox WHERE zoom_user_id = ? ORDER BY seq", "txuser"))
                .extracting(row -> row.values().iterator().next())
                .containsExactly("connection.created", "connection.reconnected");
    }

    @Test
    void aDeletionAndItsEventAreStoredTogetherOrNotAtAll() {
        Grant grant = grants.saveConnected(Grants.connected("gone", T0), Grants.CONNECTED);
        OutboxEvent taken = event("someone", T0);
        outbox.record(taken);

        assertThatThrownBy(() -> grants.deleteUser(grant.userId(), T0, "disconnected", taken))
                .isInstanceOf(RuntimeException.class);
        assertThat(grants.find(grant.userId())).as("not deleted without its event").isPresent();

        assertThat(grants.deleteUser(grant.userId(), T0, "disconnected", Grants.deauthorized("gone"))).isTrue();
        assertThat(grants.deleteUser(grant.userId(), T0, "disconnected", Grants.deauthorized("gone")))
                .as("nothing deleted, nothing reported").isFalse();
        assertThat(sql.count("SELECT COUNT(*) FROM event_outbox WHERE zoom_user_id = ? AND event_type = ?", "gone",
                "connection.deleted")).isEqualTo(1);
    }

    @Test
    void aStatusChangeUnderTheLeaseIsStoredWithItsEventAndARefreshWithout() {
        Grant grant = grants.saveConnected(Grants.connected("lease", T0), Grants.CONNECTED);
        var lease = grants.tryAcquireRefreshLease(grant.userId(), "me", T0, TTL).orElseThrow();
        Grant refreshed = grants.saveUnderLease(grant.refreshed(Grants.tokens(T0), T0), lease);
        var second = grants.tryAcquireRefreshLease(grant.userId(), "me", T0, TTL).orElseThrow();
        grants.saveUnderLease(refreshed.requireReauthorization("Zoom refused"), second,
                Grants.EVENTS.reauthorizationRequired(refreshed, "Zoom refused"));

        assertThat(sql.query("SELECT event_type FROM event_outbox WHERE zoom_user_id = ? ORDER BY seq", "lease"))
                .extracting(row -> row.values().iterator().next())
                .containsExactly("connection.created", "connection.reauthorization_required");
        assertThat(grants.find(new ZoomUserId("lease")).orElseThrow().isActive()).isFalse();
    }

    static Set<String> keys(Map<String, Object> row) {
        return row.keySet();
    }
}
