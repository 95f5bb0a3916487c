package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * Which of the organisation's users a connection belongs to, with its tags. One external user has at most one
 * connection: when they connect another Zoom account, the earlier connection is kept but unlinked, and says
 * from whom and when ({@code unlinkedFrom}, {@code unlinkedAt}).
 */
public record ConnectionLink(Optional<ExternalUserId> externalUserId, ConnectionTags tags,
                             Optional<ExternalUserId> unlinkedFrom, Optional<Instant> unlinkedAt) {

    public static final ConnectionLink NONE = new ConnectionLink(Optional.empty(), ConnectionTags.NONE,
            Optional.empty(), Optional.empty());

    public ConnectionLink {
        Check.notNull(externalUserId, "externalUserId");
        Check.notNull(tags, "tags");
        Check.notNull(unlinkedFrom, "unlinkedFrom");
        Check.notNull(unlinkedAt, "unlinkedAt");
        if (unlinkedFrom.isPresent() != unlinkedAt.isPresent()) {
            throw new IllegalArgumentException("unlinkedFrom and unlinkedAt go together");
        }
    }

    public static ConnectionLink to(ExternalUserId externalUserId, ConnectionTags tags) {
        return new ConnectionLink(Optional.of(externalUserId), tags, Optional.empty(), Optional.empty());
    }

    public boolean isLinked() {
        return externalUserId.isPresent();
    }

    /** What is left when the external user's link moves to another connection. */
    public ConnectionLink unlinked(Instant at) {
        return new ConnectionLink(Optional.empty(), ConnectionTags.NONE, externalUserId, Optional.of(at));
    }
}
