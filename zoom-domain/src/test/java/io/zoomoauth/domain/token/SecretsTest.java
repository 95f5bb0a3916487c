package io.zoomoauth.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.authorization.CompleteAuthorizationCommand;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.testing.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String SECRET = "eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIiwidiI6IjIuMCJ9.secret-part";

    @Test
    void accessTokenToStringNeverShowsTheValue() {
        assertThat(new AccessToken(SECRET).toString()).doesNotContain(SECRET).doesNotContain("secret-part");
    }

    @Test
    void refreshTokenToStringNeverShowsTheValue() {
        assertThat(new RefreshToken(SECRET).toString()).doesNotContain("secret-part");
    }

    @Test
    void pkceVerifierToStringNeverShowsTheValue() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(new PkceVerifier(verifier).toString()).doesNotContain(verifier);
    }

    @Test
    void authorizationCodeIsNotPrinted() {
        assertThat(CompleteAuthorizationCommand.withCode("state", "the-code-123", java.util.Optional.empty()).toString()).doesNotContain("the-code-123");
    }

    @Test
    void tokenSetAndGrantToStringShowNoTokens() {
        Grant grant = Fixtures.grant(Fixtures.USER, "s3cr3t", Fixtures.T0, Duration.ofHours(1));
        assertThat(grant.toString()).doesNotContain("access-s3cr3t").doesNotContain("refresh-s3cr3t");
        assertThat(grant.tokens().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void invalidTokenIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> new AccessToken("has space " + SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessToken")
                .hasMessageNotContaining("secret-part");
        assertThatThrownBy(() -> new RefreshToken("")).hasMessageContaining("refreshToken");
    }

    @Test
    void tokensOfRealisticLengthAreAccepted() {
        String kilobyte = "x".repeat(1100);
        assertThat(new AccessToken(kilobyte).value()).hasSize(1100);
        assertThatThrownBy(() -> new AccessToken("x".repeat(4097))).isInstanceOf(IllegalArgumentException.class);
    }
}
