package io.zoomoauth.app.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiver-side check the README shows, verbatim between the markers (ReadmeReceiverExampleTest keeps them
 * equal); the test receiver verifies every delivery with it.
 */
final class ReceiverExample {

    private ReceiverExample() {
    }

    // README:begin
    static boolean verify(String secret, String timestamp, String signature, byte[] rawBody, long nowSeconds)
            throws Exception {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
                || Math.abs(nowSeconds - Long.parseLong(timestamp)) > 300) {
            return false; // missing, or older than 5 minutes: a replay
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = ("v1=" + HexFormat.of().formatHex(mac.doFinal(rawBody))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8)); // constant time
    }
    // README:end
}
