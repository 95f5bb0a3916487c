package io.zoomoauth.adapters.persistence.authorization;

import io.micronaut.transaction.TransactionOperations;
import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.authorization.AuthorizationRequest;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/** {@link AuthorizationRequestStore} on {@code authorization_request}; the PKCE verifier is sealed per state. */
@Singleton
@StorageBoundary
class AuthorizationRequestStoreAdapter implements AuthorizationRequestStore {

    static final String VERIFIER = "authorization_request.pkce_verifier_enc";
    private static final int MAX_REDIRECT_URI_LENGTH = 2048;

    private final AuthorizationRequestRepository requests;
    private final FieldCipher cipher;
    private final TransactionOperations<Connection> transactions;

    AuthorizationRequestStoreAdapter(AuthorizationRequestRepository requests, FieldCipher cipher,
                                     TransactionOperations<Connection> transactions) {
        this.requests = requests;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    @Override
    public void save(AuthorizationRequest request) {
        Check.notNull(request, "request");
        String state = request.state().value();
        String redirectUri = request.redirectUri().toString();
        if (redirectUri.length() > MAX_REDIRECT_URI_LENGTH) {
            throw new IllegalArgumentException("redirectUri must be at most " + MAX_REDIRECT_URI_LENGTH + " characters");
        }
        requests.save(new AuthorizationRequestRow(state, cipher.seal(request.verifier().value(), VERIFIER, state),
                redirectUri, UtcDateTimes.truncate(request.createdAt()), null, request.browserBindingHash().orElse(null),
                request.sessionId().map(ConnectSessionId::value).orElse(null)));
    }

    @Override
    public Optional<AuthorizationRequest> consume(AuthorizationState state, Instant now) {
        Check.notNull(state, "state");
        Check.notNull(now, "now");
        Optional<AuthorizationRequestRow> consumed = transactions.executeWrite(status ->
                requests.markConsumed(state.value(), UtcDateTimes.format(now)) == 1
                        ? requests.findById(state.value())
                        : Optional.<AuthorizationRequestRow>empty());
        return consumed.map(this::toRequest);
    }

    @Override
    public long countPending(Instant createdAfter) {
        Check.notNull(createdAfter, "createdAfter");
        // Stored instants are whole microseconds: "after the bound cut to microseconds" is "after the bound".
        return requests.countPending(UtcDateTimes.format(createdAfter));
    }

    @Override
    public int deleteCreatedBefore(Instant createdBefore) {
        Check.notNull(createdBefore, "createdBefore");
        return requests.deleteCreatedBefore(UtcDateTimes.formatUpperBound(createdBefore));
    }

    private AuthorizationRequest toRequest(AuthorizationRequestRow row) {
        return new AuthorizationRequest(new AuthorizationState(row.state()),
                new PkceVerifier(cipher.open(row.pkceVerifierEnc(), VERIFIER, row.state())),
                URI.create(row.redirectUri()), row.createdAt(), Optional.ofNullable(row.browserBindingHash()),
                Optional.ofNullable(row.connectSessionId()).map(ConnectSessionId::new));
    }
}
