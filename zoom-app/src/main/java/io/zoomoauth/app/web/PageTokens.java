package io.zoomoauth.app.web;

import io.zoomoauth.domain.grant.ZoomUserId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** {@code next_page_token}: the last user id of a page, base64url, so clients treat it as opaque. */
final class PageTokens {

    private PageTokens() {
    }

    static String encode(Optional<ZoomUserId> after) {
        return after.map(id -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(id.value().getBytes(StandardCharsets.UTF_8))).orElse("");
    }

    static Optional<ZoomUserId> decode(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ZoomUserId(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("next_page_token is not one this service issued");
        }
    }
}
