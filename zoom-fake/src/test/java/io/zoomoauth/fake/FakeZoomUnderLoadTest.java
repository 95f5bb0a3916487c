package io.zoomoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the load benchmark needs from the fake: a bounded meeting store and hundreds of delayed answers at once. */
class FakeZoomUnderLoadTest {

    private static final String CLIENT_ID = "loadClient";
    private static final String SECRET = "load-secret";
    private static final String REDIRECT = "https://app.example.test/cb";
    private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FakeZoom zoom;
    private String token;

    @BeforeEach
    void start() throws Exception {
        zoom = FakeZoom.start();
        zoom.registerApp(CLIENT_ID, SECRET, URI.create(REDIRECT));
        String userId = zoom.addUser("load@example.com", "Load", "User");
        token = accessToken(userId);
    }

    @AfterEach
    void stop() {
        zoom.close();
    }

    @Test
    void byDefault_everyCreatedMeetingIsKept() throws Exception {
        List<Long> ids = create(5);

        assertThat(ids).allSatisfy(id -> assertThat(zoom.meeting(id)).isPresent());
    }

    @Test
    void aBoundedStore_forgetsTheOldestMeetings_andAnswersForThemAsForAnyUnknownMeeting() throws Exception {
        zoom.keepAtMostMeetings(3);

        List<Long> ids = create(5);

        assertThat(ids.subList(0, 2)).allSatisfy(id -> assertThat(zoom.meeting(id)).isEmpty());
        assertThat(ids.subList(2, 5)).allSatisfy(id -> assertThat(zoom.meeting(id)).isPresent());
        HttpResponse<String> forgotten = api("GET", "/v2/meetings/" + ids.get(0), null);
        assertThat(forgotten.statusCode()).isEqualTo(404);
        assertThat(json(forgotten)).containsEntry("code", 3001L);
        assertThat(api("GET", "/v2/meetings/" + ids.get(4), null).statusCode()).isEqualTo(200);
        assertThat(json(api("GET", "/v2/users/me/meetings", null))).containsEntry("total_records", 3L);
    }

    @Test
    void boundingAFullStore_dropsTheOldestAtOnce() throws Exception {
        List<Long> ids = create(4);

        zoom.keepAtMostMeetings(1);

        assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(zoom.meeting(id)).isEmpty());
        assertThat(zoom.meeting(ids.get(3))).isPresent();
    }

    @Test
    void fourHundredDelayedCreates_areAllHeldAtTheSameTime() throws Exception {
        // What a latency-bound load needs: 400 requests asleep in the fake at once, none waiting for a thread.
        int callers = 400;
        zoom.failNext("POST", "/v2/users/me/meetings", callers, Fault.delay(Duration.ofMillis(1500)));
        zoom.resetCounters();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(http.sendAsync(createRequest(), HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.get().statusCode()).isEqualTo(201));
        assertThat(zoom.maxConcurrentRequests()).isEqualTo(callers);
    }

    // ---- helpers ----

    private List<Long> create(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = http.send(createRequest(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            ids.add((Long) json(created).get("id"));
        }
        return ids;
    }

    private HttpRequest createRequest() {
        return HttpRequest.newBuilder(zoom.baseUrl().resolve("/v2/users/me/meetings")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"load\"}")).build();
    }

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken(String userId) throws Exception {
        URI authorize = URI.create("https://zoom.example/oauth/authorize?response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + enc(REDIRECT) + "&state=load-state-0123456789&code_challenge="
                + enc(FakeOAuth.s256(VERIFIER)) + "&code_challenge_method=S256");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(zoom.approve(authorize, userId).toString());
        assertThat(code.find()).isTrue();
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(zoom.baseUrl().resolve("/oauth/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                        + "&redirect_uri=" + enc(REDIRECT) + "&code_verifier=" + enc(VERIFIER))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return (String) json(tokens).get("access_token");
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return FakeJson.readObject(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
