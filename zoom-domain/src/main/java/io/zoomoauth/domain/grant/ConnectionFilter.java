package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.util.Optional;

/** Which connections a listing shows: those of one external user, those in one status, or all. */
public record ConnectionFilter(Optional<ExternalUserId> externalUserId, Optional<GrantStatus> status) {

    public static final ConnectionFilter ALL = new ConnectionFilter(Optional.empty(), Optional.empty());

    public ConnectionFilter {
        Check.notNull(externalUserId, "externalUserId");
        Check.notNull(status, "status");
    }
}
