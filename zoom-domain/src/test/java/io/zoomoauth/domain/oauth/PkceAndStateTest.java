package io.zoomoauth.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.common.RandomSource;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceAndStateTest {

    /** RFC 7636 Appendix B: these 32 octets give this verifier and this S256 challenge. */
    private static final int[] RFC_OCTETS = {116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173,
            187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121};

    @Test
    void s256ChallengeMatchesRfc7636AppendixB() {
        PkceVerifier verifier = new PkceVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertThat(verifier.s256Challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void randomVerifierFromTheRfcOctetsIsTheRfcVerifier() {
        RandomSource rfcBytes = fixedBytes(RFC_OCTETS);
        assertThat(PkceVerifier.random(rfcBytes).value()).isEqualTo("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    }

    @Test
    void verifierLengthIsBoundedBy43And128() {
        assertThat(new PkceVerifier("a".repeat(43)).value()).hasSize(43);
        assertThat(new PkceVerifier("a".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> new PkceVerifier("a".repeat(42))).hasMessageContaining("codeVerifier");
        assertThatThrownBy(() -> new PkceVerifier("a".repeat(129))).hasMessageContaining("codeVerifier");
        assertThatThrownBy(() -> new PkceVerifier("a".repeat(42) + "+")).hasMessageContaining("codeVerifier");
    }

    @Test
    void stateCarriesAtLeast128RandomBitsAndIsUrlSafe() {
        AuthorizationState state = AuthorizationState.random(RandomSource.secure());
        assertThat(state.value()).matches("[A-Za-z0-9_-]+");
        assertThat(state.value().length() * 6).isGreaterThanOrEqualTo(128);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(AuthorizationState.random(RandomSource.secure()).value())).isTrue();
        }
    }

    @Test
    void stateRefusesShortOrUnsafeValues() {
        assertThat(AuthorizationState.isWellFormed("short")).isFalse();
        assertThat(AuthorizationState.isWellFormed("a".repeat(22) + "&x=1")).isFalse();
        assertThat(AuthorizationState.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new AuthorizationState("abc")).hasMessageContaining("state");
    }

    static RandomSource fixedBytes(int[] octets) {
        return new RandomSource() {
            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) octets[i % octets.length];
                }
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
    }
}
