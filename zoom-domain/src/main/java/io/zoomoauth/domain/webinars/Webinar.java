package io.zoomoauth.domain.webinars;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.listings.UserListing;
import java.util.Map;
import java.util.Optional;

/** A webinar a user hosts ({@code GET /users/{userId}/webinars}); untyped fields stay in {@code otherFields}. */
public record Webinar(long id, String topic, Optional<String> startTime, Map<String, Object> otherFields) {

    public static final UserListing<Webinar> LISTING = new UserListing<>("webinars", Webinar.class);

    public Webinar {
        Check.positive(id, "id");
        Check.notNull(topic, "topic");
        Check.notNull(startTime, "startTime");
        otherFields = Check.otherFields(otherFields);
    }
}
