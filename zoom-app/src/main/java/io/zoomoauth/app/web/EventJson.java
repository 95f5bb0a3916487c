package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.zoomoauth.domain.events.EventPage;
import io.zoomoauth.domain.events.EventRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** An event of the audit trail as JSON: its delivery state, never its body. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventJson(String id, String type, String status, int attempts, @Nullable String lastError,
                        Instant createdAt, @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt,
                        @Nullable String zoomUserId, @Nullable String externalUserId) {

    public static EventJson of(EventRecord event) {
        return new EventJson(event.id(), event.type().wireName(), event.status().name(), event.attempts(),
                event.lastError().orElse(null), event.createdAt(), event.nextAttemptAt().orElse(null),
                event.deliveredAt().orElse(null), event.zoomUserId().orElse(null), event.externalUserId().orElse(null));
    }

    /** {@code {"events": [...], "next_page_token": ...}}; the token is opaque to callers. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<EventJson> events, @JsonProperty("next_page_token") @Nullable String nextPageToken) {

        public static Page of(EventPage page) {
            return new Page(page.events().stream().map(EventJson::of).toList(),
                    page.nextBefore().map(Page::token).orElse(null));
        }

        static String token(long position) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("before:" + position)
                    .getBytes(StandardCharsets.US_ASCII));
        }

        static Optional<Long> position(String token) {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
                if (text.startsWith("before:")) {
                    return Optional.of(Long.parseLong(text.substring(7)));
                }
            } catch (IllegalArgumentException malformed) {
                // NumberFormatException is one too: answered below
            }
            throw new IllegalArgumentException("next_page_token is not one this service issued");
        }
    }
}
