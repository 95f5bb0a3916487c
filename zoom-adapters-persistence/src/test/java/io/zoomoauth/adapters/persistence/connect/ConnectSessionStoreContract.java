package io.zoomoauth.adapters.persistence.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.connect.ConnectSessionStatus;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connect.ConnectToken;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every {@link ConnectSessionStore} must do, run against each real database. */
abstract class ConnectSessionStoreContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-10-25T02:30:00.987654321Z");
    private static final RandomSource RANDOM = RandomSource.secure();

    private ConnectSessionStore store;

    ConnectSessionStoreContract(DatabaseTarget target) {
        super(target, "sessions", T0, "connect_session");
    }

    @BeforeAll
    void openStore() {
        store = vault.connectSessions();
    }

    static ConnectSession session(ConnectToken token, Instant now) {
        return ConnectSession.start(ConnectSessionId.random(RANDOM), token, new ExternalUserId("Org-User 7"),
                Optional.of(URI.create("https://app.example.com/zoom/done?x=%20y")),
                new ConnectionTags(Map.of("plan", "pro", "region", "eu-€")), now, now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void roundTripsEveryFieldAndIsFoundByTheHashOfItsTokenOnly() {
        ConnectToken token = ConnectToken.random(RANDOM);
        ConnectSession saved = session(token, T0);
        store.save(saved);

        ConnectSession found = store.find(saved.id()).orElseThrow();
        assertThat(found.externalUserId()).isEqualTo(saved.externalUserId());
        assertThat(found.returnTo()).isEqualTo(saved.returnTo());
        assertThat(found.tags()).isEqualTo(saved.tags());
        assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-10-25T02:30:00.987654Z"));
        assertThat(found.status()).isEqualTo(ConnectSessionStatus.PENDING);
        assertThat(store.findByTokenHash(token.hash())).contains(found);
        assertThat(sql.count("SELECT COUNT(*) FROM connect_session WHERE token_hash = ?", token.value()))
                .as("the token itself is never stored").isZero();
    }

    @Test
    void finishEndsAPendingSessionOnce() {
        ConnectSession saved = session(ConnectToken.random(RANDOM), T0);
        store.save(saved);

        assertThat(store.finish(saved.id(), ConnectSessionStatus.COMPLETED, Optional.of(new ZoomUserId("KdYKjn")),
                Optional.empty(), T0.plusSeconds(5))).isTrue();
        assertThat(store.finish(saved.id(), ConnectSessionStatus.FAILED, Optional.empty(),
                Optional.of(ConnectError.ACCESS_DENIED), T0.plusSeconds(6))).isFalse();

        ConnectSession found = store.find(saved.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ConnectSessionStatus.COMPLETED);
        assertThat(found.zoomUserId()).contains(new ZoomUserId("KdYKjn"));
        assertThat(found.error()).isEmpty();
        assertThat(found.finishedAt()).contains(Instant.parse("2026-10-25T02:30:05.987654Z"));
    }

    @Test
    void ofConcurrentFinishesExactlyOneWins() throws Exception {
        ConnectSession saved = session(ConnectToken.random(RANDOM), T0);
        store.save(saved);
        List<Callable<Boolean>> finishes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ConnectSessionStatus status = i % 2 == 0 ? ConnectSessionStatus.CANCELLED : ConnectSessionStatus.FAILED;
            finishes.add(() -> store.finish(saved.id(), status, Optional.empty(),
                    Optional.of(ConnectError.AUTHORIZATION_FAILED), T0));
        }

        assertThat(Concurrently.run(finishes).stream().filter(won -> won)).hasSize(1);
    }

    @Test
    void deleteExpiredBeforeRemovesOnlyLongExpiredSessions() {
        ConnectSession old = session(ConnectToken.random(RANDOM), T0.minus(Duration.ofDays(3)));
        ConnectSession recent = session(ConnectToken.random(RANDOM), T0);
        store.save(old);
        store.save(recent);

        assertThat(store.deleteExpiredBefore(T0.minus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
    }

    @Test
    void unknownIdsAndHashesGiveNothing() {
        assertThat(store.find(ConnectSessionId.random(RANDOM))).isEmpty();
        assertThat(store.findByTokenHash(ConnectToken.random(RANDOM).hash())).isEmpty();
    }
}
