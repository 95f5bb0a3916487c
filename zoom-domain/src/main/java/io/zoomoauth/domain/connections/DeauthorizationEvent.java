package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Instant;

/** Zoom's {@code app_deauthorized} event: the user removed the app, so their data must go. */
public record DeauthorizationEvent(ZoomUserId userId, String accountId, Instant deauthorizedAt) {

    public DeauthorizationEvent {
        Check.notNull(userId, "user_id");
        Check.notNull(accountId, "account_id");
        Check.maxLength(accountId, 64, "account_id");
        Check.notNull(deauthorizedAt, "deauthorization_time");
    }

    /** Stable across Zoom's retries of the same event. */
    public String eventKey() {
        return "app_deauthorized:" + userId.value() + ":" + deauthorizedAt.toEpochMilli();
    }
}
