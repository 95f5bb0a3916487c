package io.zoomoauth.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.Keys;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

    private static final String KEY_1 = Keys.randomBase64();
    private static final String KEY_2 = Keys.randomBase64();

    @Test
    void aSingleBase64KeyIsTheActiveKeyWithTheDefaultId() {
        KeyRing ring = KeyRing.parse("  " + KEY_1 + "\n");

        assertThat(ring.active().id()).isEqualTo("default");
        assertThat(ring.active().secret().getEncoded()).isEqualTo(Base64.getDecoder().decode(KEY_1));
        assertThat(ring.keyIds()).containsExactly("default");
    }

    @Test
    void theFirstKeyOfARingIsActiveAndTheOthersStayReadable() {
        KeyRing ring = KeyRing.parse("2026-06:" + KEY_2 + " , default:" + KEY_1);

        assertThat(ring.active().id()).isEqualTo("2026-06");
        assertThat(ring.keyIds()).containsExactly("2026-06", "default");
        assertThat(ring.find("default").orElseThrow().secret().getEncoded()).isEqualTo(Base64.getDecoder().decode(KEY_1));
        assertThat(ring.find("unknown")).isEmpty();
    }

    @Test
    void urlSafeBase64IsAccepted() {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) 0xFB;
        bytes[1] = (byte) 0xFF;
        String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);

        assertThat(KeyRing.parse("k:" + urlSafe).active().secret().getEncoded()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingKeyNamesTheEnvironmentVariable(String value) {
        assertThatThrownBy(() -> KeyRing.parse(value)).isInstanceOf(EncryptionKeyInvalid.class)
                .hasMessageContaining("ZOOM_TOKEN_ENCRYPTION_KEY is not set");
        assertThatThrownBy(() -> KeyRing.parse(null)).isInstanceOf(EncryptionKeyInvalid.class);
    }

    @Test
    void malformedKeysAreRejectedWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());
        String notBase64 = "th1s-is-n0t!base64*secret";
        String[] malformed = {
            shortKey,
            notBase64,
            "good:" + KEY_1 + ",bad:" + notBase64,
            "a:" + KEY_1 + ",a:" + KEY_2,
            "bad id:" + KEY_1,
            KEY_1 + "," + KEY_2,
            "k:" + KEY_1 + ",",
        };
        for (String value : malformed) {
            assertThatThrownBy(() -> KeyRing.parse(value)).as(value)
                    .isInstanceOf(EncryptionKeyInvalid.class)
                    .hasMessageContaining("ZOOM_TOKEN_ENCRYPTION_KEY")
                    .hasMessageNotContaining(KEY_1)
                    .hasMessageNotContaining(KEY_2)
                    .hasMessageNotContaining(notBase64)
                    .hasMessageNotContaining(shortKey)
                    .hasNoCause();
        }
        assertThatThrownBy(() -> KeyRing.parse(shortKey)).hasMessageContaining("decodes to 16 bytes");
    }

    @Test
    void aHexKeyIsRecognisedAsHexAndRejectedWithUseBase64() {
        String hex = java.util.HexFormat.of().formatHex(new byte[32]).replace('0', 'a');

        assertThatThrownBy(() -> KeyRing.parse(hex)).isInstanceOf(EncryptionKeyInvalid.class)
                .hasMessageContaining("is hex").hasMessageContaining("use base64").hasMessageNotContaining(hex);
        assertThatThrownBy(() -> KeyRing.parse("k1:" + hex.toUpperCase())).hasMessageContaining("is hex");
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        KeyRing ring = KeyRing.parse("new:" + KEY_2 + ",old:" + KEY_1);

        assertThat(ring.toString()).isEqualTo("KeyRing[active=new, keys=[new, old]]");
        assertThat(ring.active().toString()).isEqualTo("Key[new, ***]");
        assertThat(new VaultProperties(KEY_1, java.nio.file.Path.of("data")).toString()).doesNotContain(KEY_1);
    }
}
