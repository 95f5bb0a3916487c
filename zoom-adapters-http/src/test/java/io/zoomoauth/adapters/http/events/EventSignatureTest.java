package io.zoomoauth.adapters.http.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class EventSignatureTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() throws Exception {
        byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal("1764583200.{\"id\":\"evt_1\"}"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(new EventSignature(SECRET).sign(1764583200L, body)).isEqualTo(expected);
        assertThat(new EventSignature(SECRET).toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> new EventSignature("too-short")).hasMessageContaining("ZOOM_EVENTS_SECRET")
                .hasMessageNotContaining("too-short");
    }

}
