package io.zoomoauth.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.Fault;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.adapters.http.meetings.ZoomMeetingsAdapter;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthAdapter;
import io.zoomoauth.adapters.http.users.ZoomUsersAdapter;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.token.TokenSet;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs every call, successful and failing, and searches all log output and failure messages for secrets. */
class NoSecretsInLogsTest {

    @Test
    void logsAndFailureMessagesNeverContainATokenCodeVerifierSecretOrStartUrl() {
        List<String> secrets = new ArrayList<>();
        List<String> failureMessages = new ArrayList<>();
        try (LogCapture logs = new LogCapture(); AdapterTestContext zoom = new AdapterTestContext()) {
            ZoomOAuthAdapter oauth = zoom.bean(ZoomOAuthAdapter.class);
            ZoomUsersAdapter users = zoom.bean(ZoomUsersAdapter.class);
            ZoomMeetingsAdapter meetings = zoom.bean(ZoomMeetingsAdapter.class);
            String userId = zoom.fake.addUser("secret-keeper@example.com", "Sec", "Ret");
            secrets.add(AdapterTestContext.CLIENT_SECRET);
            secrets.add(AdapterTestContext.S2S_CLIENT_SECRET);
            secrets.add(basic(AdapterTestContext.CLIENT_ID, AdapterTestContext.CLIENT_SECRET));
            secrets.add(basic(AdapterTestContext.S2S_CLIENT_ID, AdapterTestContext.S2S_CLIENT_SECRET));

            PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
            URI callback = zoom.fake.approve(oauth.authorizationUri(AuthorizationState.random(RandomSource.secure()),
                    verifier.s256Challenge(), AdapterTestContext.REDIRECT_URI), userId);
            String code = AdapterTestContext.queryParameter(callback, "code");
            secrets.add(code);
            secrets.add(verifier.value());
            TokenSet first = oauth.exchangeCode(code, verifier, AdapterTestContext.REDIRECT_URI);
            capture(failureMessages, () -> oauth.exchangeCode(code, verifier, AdapterTestContext.REDIRECT_URI));
            TokenSet second = oauth.refresh(first.refreshToken());
            capture(failureMessages, () -> oauth.refresh(first.refreshToken()));
            secrets.addAll(List.of(first.accessToken().value(), first.refreshToken().value(),
                    second.accessToken().value(), second.refreshToken().value()));
            AccountGrant account = oauth.fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID));
            secrets.add(account.accessToken().value());

            users.me(second.accessToken());
            Meeting meeting = meetings.create(second.accessToken(), ZoomUserRef.ME, new MeetingDraft("Secret agenda", 2,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of("password", "pw-4711-x")));
            secrets.add((String) meeting.otherFields().get("start_url"));
            secrets.add("pw-4711-x");
            secrets.add(meeting.toString().contains("start_url") ? "start_url" : "zak=");
            meetings.get(second.accessToken(), meeting.id());
            meetings.list(second.accessToken(), ZoomUserRef.ME, MeetingListQuery.firstPage());
            meetings.update(second.accessToken(), meeting.id(), new MeetingChanges(Optional.of("New"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
            zoom.fake.failNext("GET", "/v2/*", 3, Fault.status(500));
            capture(failureMessages, () -> meetings.get(second.accessToken(), meeting.id()));
            zoom.fake.failNext("POST", "/v2/*", 1, Fault.drop());
            capture(failureMessages, () -> meetings.create(second.accessToken(), ZoomUserRef.ME,
                    new MeetingDraft("x", 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of())));
            zoom.fake.failNext("GET", "/v2/*", 1, Fault.hang(Duration.ofSeconds(2)));
            capture(failureMessages, () -> users.me(second.accessToken()));
            zoom.fake.failNext("GET", "/v2/*", 1, Fault.rateLimitRetryAfterSeconds(5));
            capture(failureMessages, () -> users.me(second.accessToken()));
            meetings.delete(second.accessToken(), meeting.id());
            oauth.revoke(second.accessToken());
            capture(failureMessages, () -> users.me(second.accessToken()));
            capture(failureMessages, () -> oauth.revoke(second.accessToken()));

            String logged = logs.all();
            assertThat(logged).contains("POST /oauth/token").contains("GET /meetings/{meetingId}").contains("trackingId=");
            assertThat(failureMessages).hasSizeGreaterThanOrEqualTo(8);
            String everything = logged + "\n" + String.join("\n", failureMessages);
            for (String secret : secrets) {
                assertThat(everything).doesNotContain(secret);
            }
            assertThat(everything).doesNotContainIgnoringCase("Bearer ").doesNotContainIgnoringCase("Basic ")
                    .doesNotContain("Authorization:");
        }
    }

    private static void capture(List<String> messages, Runnable call) {
        try {
            call.run();
        } catch (DomainFailure failure) {
            StringBuilder text = new StringBuilder(failure.toString());
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                text.append(" | ").append(cause);
            }
            messages.add(text.toString());
            return;
        }
        throw new AssertionError("expected a DomainFailure");
    }

    private static String basic(String id, String secret) {
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
