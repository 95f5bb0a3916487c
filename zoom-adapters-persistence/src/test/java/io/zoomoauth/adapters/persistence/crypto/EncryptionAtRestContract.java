package io.zoomoauth.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.authorization.AuthorizationRequest;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.GrantUnreadable;
import io.zoomoauth.domain.grant.Grant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tokens and PKCE verifiers at rest: encrypted, bound to their row and column, readable after key rotation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EncryptionAtRestContract {

    static final Instant T0 = Instant.parse("2026-06-01T12:00:00.000001Z");

    private final DatabaseTarget target;
    private final String keyA = Keys.randomBase64();
    private final String keyB = Keys.randomBase64();
    private final MutableClock clock = new MutableClock(T0);
    private JdbcDatabase database;
    private RawSql sql;

    EncryptionAtRestContract(DatabaseTarget target) {
        this.target = target;
    }

    @BeforeAll
    void createDatabase() {
        database = target.newDatabase("crypto");
        // Migrate once up front, so each test may open contexts with whatever keys it needs.
        VaultContext.start(database, keyA, clock).close();
        sql = new RawSql(database);
    }

    @AfterAll
    void dropDatabase() {
        target.release(database);
    }

    @BeforeEach
    void emptyTables() {
        sql.deleteAll("zoom_grant", "authorization_request");
    }

    @Test
    void noTokenOrVerifierIsStoredInPlainTextInAnyColumn() {
        Grant grant = Grants.connected("plain", T0);
        AuthorizationRequest request = AuthorizationRequest.start(URI.create("https://app.example/cb"), T0,
                RandomSource.secure());
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
            vault.authorizationRequests().save(request);
        }

        List<String> secrets = List.of(grant.tokens().accessToken().value(), grant.tokens().refreshToken().value(),
                request.verifier().value());
        for (String table : List.of("zoom_grant", "authorization_request")) {
            for (Map<String, Object> row : sql.query("SELECT * FROM " + table)) {
                row.forEach((column, value) -> {
                    byte[] stored = value instanceof byte[] bytes ? bytes
                            : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                    for (String secret : secrets) {
                        assertNoFragmentOf(secret, stored, table + "." + column);
                    }
                });
            }
        }
        byte[] envelope = sql.bytes("SELECT access_token_enc FROM zoom_grant");
        assertThat(envelope.length).isBetween(grant.tokens().accessToken().value().length() + 28,
                grant.tokens().accessToken().value().length() + 60);
        assertThat(FieldCipher.keyIdOf(envelope)).isEqualTo(KeyRing.DEFAULT_KEY_ID);
    }

    @Test
    void encryptingTheSameTokenTwiceGivesDifferentCiphertexts() {
        Grant grant = Grants.connected("twice", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
            byte[] first = sql.bytes("SELECT access_token_enc FROM zoom_grant");
            vault.grants().saveConnected(grant, Grants.CONNECTED);
            byte[] second = sql.bytes("SELECT access_token_enc FROM zoom_grant");
            assertThat(second).isNotEqualTo(first);
        }
    }

    @Test
    void aTamperedCiphertextFailsToDecryptWithoutRevealingAnything() {
        Grant grant = Grants.connected("tampered", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
            byte[] envelope = sql.bytes("SELECT refresh_token_enc FROM zoom_grant");
            envelope[envelope.length / 2] ^= 0x01;
            sql.update("UPDATE zoom_grant SET refresh_token_enc = ?", (Object) envelope);

            assertThatThrownBy(() -> vault.grants().find(grant.userId()))
                    .isInstanceOf(GrantUnreadable.class).hasCauseInstanceOf(DecryptionFailed.class)
                    .hasMessageContaining("zoom_grant.refresh_token_enc")
                    .satisfies(e -> assertRevealsNothing(e, grant, keyA));
        }
    }

    @Test
    void aCiphertextCopiedToAnotherRowFailsToDecrypt() {
        Grant alice = Grants.connected("alice", T0);
        Grant bob = Grants.connected("bob", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(alice, Grants.CONNECTED);
            vault.grants().saveConnected(bob, Grants.CONNECTED);
            byte[] alicesToken = sql.bytes("SELECT access_token_enc FROM zoom_grant WHERE zoom_user_id = 'alice'");
            sql.update("UPDATE zoom_grant SET access_token_enc = ? WHERE zoom_user_id = 'bob'", (Object) alicesToken);

            assertThatThrownBy(() -> vault.grants().find(bob.userId())).isInstanceOf(GrantUnreadable.class)
                    .hasMessageContaining("zoom_grant.access_token_enc")
                    .satisfies(e -> assertRevealsNothing(e, alice, keyA));
            assertThat(vault.grants().find(alice.userId())).isPresent();
        }
    }

    @Test
    void aCiphertextCopiedToAnotherColumnFailsToDecrypt() {
        Grant grant = Grants.connected("columns", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
            sql.update("UPDATE zoom_grant SET access_token_enc = refresh_token_enc");

            assertThatThrownBy(() -> vault.grants().find(grant.userId())).isInstanceOf(GrantUnreadable.class)
                    .hasMessageContaining("zoom_grant.access_token_enc")
                    .satisfies(e -> assertRevealsNothing(e, grant, keyA));
        }
    }

    @Test
    void aVerifierCopiedToAnotherAuthorizationRequestFailsToDecrypt() {
        AuthorizationRequest first = AuthorizationRequest.start(URI.create("https://app.example/cb"), T0, RandomSource.secure());
        AuthorizationRequest second = AuthorizationRequest.start(URI.create("https://app.example/cb"), T0, RandomSource.secure());
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.authorizationRequests().save(first);
            vault.authorizationRequests().save(second);
            byte[] verifier = sql.bytes("SELECT pkce_verifier_enc FROM authorization_request WHERE state = ?",
                    first.state().value());
            sql.update("UPDATE authorization_request SET pkce_verifier_enc = ? WHERE state = ?", verifier,
                    second.state().value());

            assertThatThrownBy(() -> vault.authorizationRequests().consume(second.state(), T0))
                    .isInstanceOf(DecryptionFailed.class)
                    .hasMessageContaining("authorization_request.pkce_verifier_enc")
                    .hasMessageNotContaining(first.verifier().value());
        }
    }

    @Test
    void theWrongKeyOrAMissingKeyIdStopsStartUpNamingTheKeyIds() {
        Grant grant = Grants.connected("wrongkey", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
        }

        assertThatThrownBy(() -> VaultContext.start(database, keyB, clock)).rootCause()
                .isInstanceOf(VaultKeysMismatch.class)
                .hasMessageContaining("needs key id(s) 'default'; configured: 'default'")
                .hasMessageContaining("different key than the data was written with: 'default'")
                .satisfies(e -> assertRevealsNothing(e, grant, keyA))
                .satisfies(e -> assertRevealsNothing(e, grant, keyB));
        assertThatThrownBy(() -> VaultContext.start(database, "other:" + keyB, clock)).rootCause()
                .isInstanceOf(VaultKeysMismatch.class)
                .hasMessageContaining("needs key id(s) 'default'; configured: 'other'")
                .hasMessageContaining("a key given without an id is 'default'");
        try (VaultContext right = VaultContext.start(database, "other:" + keyB + ",default:" + keyA, clock)) {
            assertThat(right.grants().find(grant.userId())).isPresent();
        }
    }

    @Test
    void aDatabaseFromBeforeTheCheckValuesIsCheckedAgainstItsGrants() {
        Grant grant = Grants.connected("older", T0);
        try (VaultContext vault = VaultContext.start(database, keyA, clock)) {
            vault.grants().saveConnected(grant, Grants.CONNECTED);
        }
        sql.deleteAll("vault_key_check");

        assertThatThrownBy(() -> VaultContext.start(database, keyB, clock)).rootCause()
                .isInstanceOf(VaultKeysMismatch.class).hasMessageContaining("different key");
        assertThat(sql.count("SELECT COUNT(*) FROM vault_key_check")).as("the wrong key is not recorded").isZero();
        VaultContext.start(database, keyA, clock).close();
        assertThat(sql.count("SELECT COUNT(*) FROM vault_key_check WHERE key_id = 'default'")).isEqualTo(1);
    }

    @Test
    void afterRotationOldValuesStayReadableAndAreReEncryptedWithTheActiveKeyOnTheirNextWrite() {
        Grant grant = Grants.connected("rotating", T0);
        Grant untouched = Grants.connected("untouched", T0);
        try (VaultContext before = VaultContext.start(database, keyA, clock)) {
            before.grants().saveConnected(grant, Grants.CONNECTED);
            before.grants().saveConnected(untouched, Grants.CONNECTED);
        }
        assertThat(keyIdsOf("rotating")).containsOnly("default");

        try (VaultContext rotated = VaultContext.start(database, "next:" + keyB + ", default:" + keyA, clock)) {
            Grant found = rotated.grants().find(grant.userId()).orElseThrow();
            assertThat(found.tokens()).isEqualTo(grant.tokens());
            assertThat(keyIdsOf("rotating")).as("reading does not rewrite").containsOnly("default");

            Grant changed = rotated.grants().update(found.requireReauthorization("rotation test"));

            assertThat(keyIdsOf("rotating")).containsOnly("next");
            assertThat(keyIdsOf("untouched")).containsOnly("default");
            assertThat(rotated.grants().find(grant.userId())).contains(changed);
        }

        assertThatThrownBy(() -> VaultContext.start(database, "next:" + keyB, clock)).rootCause()
                .as("'untouched' is still under the old key").isInstanceOf(VaultKeysMismatch.class)
                .hasMessageContaining("needs key id(s) 'default', 'next'; configured: 'next'");
        try (VaultContext rotated = VaultContext.start(database, "next:" + keyB + ", default:" + keyA, clock)) {
            Grant found = rotated.grants().find(untouched.userId()).orElseThrow();
            rotated.grants().update(found.requireReauthorization("rotation test"));
        }
        try (VaultContext oldKeyRetired = VaultContext.start(database, "next:" + keyB, clock)) {
            assertThat(oldKeyRetired.grants().find(grant.userId()).orElseThrow().tokens().refreshToken())
                    .isEqualTo(grant.tokens().refreshToken());
            assertThat(oldKeyRetired.grants().find(untouched.userId())).isPresent();
        }
    }

    private List<String> keyIdsOf(String userId) {
        Map<String, Object> row = sql.query("SELECT access_token_enc, refresh_token_enc FROM zoom_grant WHERE zoom_user_id = ?",
                userId).get(0);
        return List.of(FieldCipher.keyIdOf((byte[]) row.get("access_token_enc")),
                FieldCipher.keyIdOf((byte[]) row.get("refresh_token_enc")));
    }

    private static void assertNoFragmentOf(String secret, byte[] stored, String where) {
        byte[] secretBytes = secret.getBytes(StandardCharsets.US_ASCII);
        String storedHex = HexFormat.of().formatHex(stored);
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 12 <= secretBytes.length; i += 6) {
            String fragment = new String(secretBytes, i, 12, StandardCharsets.US_ASCII);
            assertThat(storedText).as("plaintext fragment in " + where).doesNotContain(fragment);
            assertThat(storedHex).as("hex fragment in " + where)
                    .doesNotContain(HexFormat.of().formatHex(fragment.getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(storedText).as("base64 in " + where)
                .doesNotContain(Base64.getEncoder().encodeToString(secret.substring(0, 24).getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertRevealsNothing(Throwable failure, Grant grant, String base64Key) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(grant.tokens().accessToken().value().substring(0, 20))
                    .doesNotContain(grant.tokens().refreshToken().value().substring(0, 20))
                    .doesNotContain(base64Key)
                    .doesNotContain(base64Key.substring(0, 12));
        }
        assertThat(failure.toString()).doesNotContain(base64Key);
    }
}
