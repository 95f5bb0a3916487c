package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One grant whose tokens cannot be decrypted costs that user only; listing connections never decrypts. */
class UnreadableGrantTest {

    @Test
    void aGrantThatCannotBeDecryptedAnswers503VaultKeyMissingWhileOthersKeepWorking() throws Exception {
        Map<String, Object> database = ZoomWorld.h2("unreadable-" + UUID.randomUUID());
        String url = (String) database.get("datasources.default.url");
        try (ZoomWorld world = new ZoomWorld()) {
            String broken;
            String fine;
            try (ServiceInstance before = world.start(database)) {
                broken = world.connectedUser(before, "broken@example.com");
                fine = world.connectedUser(before, "fine@example.com");
            }
            corruptAccessToken(url, broken);

            try (ServiceInstance service = world.start(database)) {
                HttpResponse<String> meetings = service.api("GET", "/api/users/" + broken + "/meetings", null);
                assertThat(meetings.statusCode()).as(meetings.body()).isEqualTo(503);
                assertThat(meetings.body()).contains("\"error\":\"vault_key_missing\"")
                        .contains("zoom_grant.access_token_enc").doesNotContain("Exception");

                assertThat(service.api("GET", "/api/users/" + fine + "/meetings", null).statusCode()).isEqualTo(200);
                HttpResponse<String> list = service.api("GET", "/api/connections", null);
                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(list.body()).contains(broken).contains(fine);
                assertThat(service.api("GET", "/api/connections/" + broken, null).statusCode()).isEqualTo(200);
                assertThat(service.api("DELETE", "/api/connections/" + broken, null).statusCode())
                        .as("disconnecting still deletes it").isEqualTo(204);
                assertThat(service.api("GET", "/api/connections/" + broken, null).statusCode()).isEqualTo(404);
            }
        }
    }

    private static void corruptAccessToken(String url, String userId) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            byte[] value;
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT access_token_enc FROM zoom_grant WHERE zoom_user_id = ?")) {
                read.setString(1, userId);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    value = rows.getBytes(1);
                }
            }
            value[value.length - 1] ^= 0x01;
            try (PreparedStatement write = connection.prepareStatement(
                    "UPDATE zoom_grant SET access_token_enc = ? WHERE zoom_user_id = ?")) {
                write.setBytes(1, value);
                write.setString(2, userId);
                write.executeUpdate();
            }
        }
    }
}
