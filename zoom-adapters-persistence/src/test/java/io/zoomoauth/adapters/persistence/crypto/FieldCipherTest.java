package io.zoomoauth.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyRing.Key old = KeyRing.Key.generate("old", RANDOM);
    private final KeyRing.Key current = KeyRing.Key.generate("current", RANDOM);
    private final FieldCipher cipher = new FieldCipher(KeyRing.of(current, old), RANDOM);

    @Test
    void sealsAndOpensForTheSameColumnAndRow() {
        byte[] sealed = cipher.seal("secret-token", "t.c", "row-1");

        assertThat(cipher.open(sealed, "t.c", "row-1")).isEqualTo("secret-token");
        assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo("current");
        assertThat(sealed.length).isEqualTo(2 + "current".length() + 12 + "secret-token".length() + 16);
    }

    @Test
    void eachSealUsesAFreshNonce() {
        assertThat(cipher.seal("same", "t.c", "r")).isNotEqualTo(cipher.seal("same", "t.c", "r"));
    }

    @Test
    void anotherRowOrColumnCannotOpenIt() {
        byte[] sealed = cipher.seal("secret-token", "t.c", "row-1");

        assertThatThrownBy(() -> cipher.open(sealed, "t.c", "row-2")).isInstanceOf(DecryptionFailed.class);
        assertThatThrownBy(() -> cipher.open(sealed, "t.other", "row-1")).isInstanceOf(DecryptionFailed.class);
        assertThatThrownBy(() -> cipher.open(sealed, "t.c", "ROW-1")).isInstanceOf(DecryptionFailed.class);
    }

    @Test
    void everyTamperedByteIsDetected() {
        byte[] sealed = cipher.seal("secret-token", "t.c", "r");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = Arrays.copyOf(sealed, sealed.length);
            tampered[i] ^= 0x20;
            int index = i;
            assertThatThrownBy(() -> cipher.open(tampered, "t.c", "r")).as("byte " + index)
                    .isInstanceOf(DecryptionFailed.class)
                    .hasMessageNotContaining("secret-token");
        }
        assertThatThrownBy(() -> cipher.open(Arrays.copyOf(sealed, 20), "t.c", "r")).isInstanceOf(DecryptionFailed.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> cipher.open(new byte[0], "t.c", "r")).isInstanceOf(DecryptionFailed.class);
    }

    @Test
    void relabellingTheKeyIdIsDetected() {
        FieldCipher twins = new FieldCipher(KeyRing.of(current, new KeyRing.Key("curreNT", current.secret())), RANDOM);
        byte[] sealed = twins.seal("secret-token", "t.c", "r");
        sealed[2 + 5] = 'N'; // "current" becomes "curreNT": another id of the very same key
        sealed[2 + 6] = 'T';

        assertThatThrownBy(() -> twins.open(sealed, "t.c", "r")).isInstanceOf(DecryptionFailed.class)
                .hasMessageContaining("authentication failed");
    }

    @Test
    void valuesUnderAnOlderKeyOfTheRingStayReadable() {
        byte[] underOld = new FieldCipher(KeyRing.of(old), RANDOM).seal("older-token", "t.c", "r");

        assertThat(cipher.open(underOld, "t.c", "r")).isEqualTo("older-token");
        assertThat(FieldCipher.keyIdOf(cipher.seal("older-token", "t.c", "r"))).isEqualTo("current");
    }

    @Test
    void anUnknownKeyIdIsNamedButNoKey() {
        byte[] underOld = new FieldCipher(KeyRing.of(old), RANDOM).seal("older-token", "t.c", "r");
        FieldCipher withoutOld = new FieldCipher(KeyRing.of(current), RANDOM);

        assertThatThrownBy(() -> withoutOld.open(underOld, "t.c", "r")).isInstanceOf(DecryptionFailed.class)
                .hasMessage("Cannot decrypt t.c: it was encrypted with key id 'old', which is not in ZOOM_TOKEN_ENCRYPTION_KEY");
    }
}
