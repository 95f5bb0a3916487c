package io.zoomoauth.adapters.persistence.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.authorization.AuthorizationRequest;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.authorization.BrowserBinding;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link AuthorizationRequestStore} must do, run against each real database. */
abstract class AuthorizationRequestStoreContract extends VaultStoreContract {

    /** Wall-clock 02:30 happens twice in Europe/Berlin that night (the build's JVM zone): stored as UTC anyway. */
    static final Instant T0 = Instant.parse("2026-10-25T02:30:00.987654321Z");
    static final URI REDIRECT = URI.create("https://zoom-connector.example.com/oauth/callback?tenant=a%20b");

    private AuthorizationRequestStore store;

    AuthorizationRequestStoreContract(DatabaseTarget target) {
        super(target, "authreq", T0, "authorization_request");
    }

    @BeforeAll
    void openStore() {
        store = vault.authorizationRequests();
    }

    static AuthorizationRequest request(Instant createdAt) {
        return AuthorizationRequest.start(REDIRECT, createdAt, RandomSource.secure());
    }

    @Test
    void consumeReturnsTheSavedRequestOnceToTheMicrosecond() {
        AuthorizationRequest request = new AuthorizationRequest(new AuthorizationState("state_with-Mixed_Case-0123456789"),
                new PkceVerifier("v".repeat(43) + "-._~" + "X".repeat(81)), REDIRECT, T0);
        store.save(request);

        Optional<AuthorizationRequest> consumed = store.consume(request.state(), T0.plusSeconds(5));

        assertThat(consumed).contains(new AuthorizationRequest(request.state(), request.verifier(), REDIRECT,
                Instant.parse("2026-10-25T02:30:00.987654Z")));
        assertThat(sql.dateTimeText("authorization_request", "consumed_at", "state", request.state().value()))
                .isEqualTo("2026-10-25 02:30:05.987654");
        assertThat(store.consume(request.state(), T0.plusSeconds(6))).as("single use").isEmpty();
    }

    @Test
    void theBrowserBindingHashAndTheConnectSessionRoundTrip() {
        BrowserBinding binding = BrowserBinding.random(RandomSource.secure());
        ConnectSessionId session = ConnectSessionId.random(RandomSource.secure());
        AuthorizationRequest request = AuthorizationRequest.start(REDIRECT, T0, RandomSource.secure(), binding,
                Optional.of(session));
        store.save(request);

        AuthorizationRequest consumed = store.consume(request.state(), T0).orElseThrow();

        assertThat(consumed.sessionId()).contains(session);
        assertThat(consumed.isBoundTo(Optional.of(binding))).isTrue();
        assertThat(consumed.isBoundTo(Optional.of(BrowserBinding.random(RandomSource.secure())))).isFalse();
    }

    @Test
    void unknownStatesGiveNothing() {
        assertThat(store.consume(new AuthorizationState("unknown-state-0123456789ab"), T0)).isEmpty();
    }

    @Test
    void statesAreCaseSensitive() {
        AuthorizationRequest request = new AuthorizationRequest(new AuthorizationState("CaseSensitiveState_0123456789"),
                PkceVerifier.random(RandomSource.secure()), REDIRECT, T0);
        store.save(request);

        assertThat(store.consume(new AuthorizationState("casesensitivestate_0123456789"), T0)).isEmpty();
        assertThat(store.consume(new AuthorizationState("CASESENSITIVESTATE_0123456789"), T0)).isEmpty();
        assertThat(store.consume(request.state(), T0)).isPresent();
    }

    @Test
    void aStateCannotBeSavedTwice() {
        AuthorizationRequest request = request(T0);
        store.save(request);

        assertThatThrownBy(() -> store.save(request)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void ofConcurrentCallbacksFromTwoInstancesExactlyOneGetsTheRequest() throws Exception {
        try (VaultContext other = VaultContext.start(database, key, clock)) {
            for (int round = 0; round < 5; round++) {
                AuthorizationRequest request = request(T0);
                store.save(request);
                List<Callable<Optional<AuthorizationRequest>>> callbacks = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    AuthorizationRequestStore instance = i % 2 == 0 ? store : other.authorizationRequests();
                    callbacks.add(() -> instance.consume(request.state(), T0.plusSeconds(1)));
                }

                List<AuthorizationRequest> winners = Concurrently.run(callbacks).stream().flatMap(Optional::stream).toList();

                assertThat(winners).hasSize(1);
                assertThat(winners.get(0).verifier()).isEqualTo(request.verifier());
            }
        }
    }

    @Test
    void countsRequestsCreatedAfterTheBoundAndNotConsumed() {
        Instant bound = T0.minus(Duration.ofMinutes(10));
        store.save(request(bound.minusNanos(1000)));
        store.save(request(bound));
        AuthorizationRequest fresh = request(bound.plusNanos(1000));
        store.save(fresh);
        store.save(request(T0));

        assertThat(store.countPending(bound)).isEqualTo(2);
        store.consume(fresh.state(), T0);
        assertThat(store.countPending(bound)).isEqualTo(1);
    }

    @Test
    void deleteCreatedBeforeRemovesOldRequestsOnly() {
        store.save(request(T0.minus(Duration.ofHours(2))));
        AuthorizationRequest consumedOld = request(T0.minus(Duration.ofHours(1)));
        store.save(consumedOld);
        store.consume(consumedOld.state(), T0);
        AuthorizationRequest recent = request(T0.minus(Duration.ofMinutes(5)));
        store.save(recent);

        assertThat(store.deleteCreatedBefore(T0.minus(AuthorizationRequest.VALIDITY))).isEqualTo(2);

        assertThat(sql.count("SELECT COUNT(*) FROM authorization_request")).isEqualTo(1);
        assertThat(store.consume(recent.state(), T0)).isPresent();
        assertThat(store.deleteCreatedBefore(T0.minus(AuthorizationRequest.VALIDITY))).isZero();
    }
}
