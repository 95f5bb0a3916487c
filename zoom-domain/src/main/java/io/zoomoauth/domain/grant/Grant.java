package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A user's grant: the aggregate that owns Zoom's rotation rules. Immutable: every change returns a new
 * grant with a higher {@code version}, which the store uses as the optimistic-locking and fencing token.
 *
 * @param statusReason why re-authorization is required; empty while {@link GrantStatus#ACTIVE}
 * @param link         which of the organisation's users the connection belongs to, and its tags
 */
public record Grant(
        GrantOwner owner,
        TokenSet tokens,
        GrantStatus status,
        String statusReason,
        long version,
        Instant connectedAt,
        Optional<Instant> lastRefreshedAt,
        ConnectionLink link) {

    public static final long FIRST_VERSION = 1;

    /** A grant that belongs to none of the organisation's users (connected without a connect session). */
    public Grant(GrantOwner owner, TokenSet tokens, GrantStatus status, String statusReason, long version,
                 Instant connectedAt, Optional<Instant> lastRefreshedAt) {
        this(owner, tokens, status, statusReason, version, connectedAt, lastRefreshedAt, ConnectionLink.NONE);
    }

    public Grant {
        Check.notNull(owner, "owner");
        Check.notNull(tokens, "tokens");
        Check.notNull(status, "status");
        Check.notNull(statusReason, "statusReason");
        Check.maxLength(statusReason, 500, "statusReason");
        Check.notNull(connectedAt, "connectedAt");
        Check.notNull(lastRefreshedAt, "lastRefreshedAt");
        Check.notNull(link, "link");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be at least " + FIRST_VERSION);
        }
        if (status == GrantStatus.ACTIVE && !statusReason.isEmpty()) {
            throw new IllegalArgumentException("statusReason must be empty while the grant is ACTIVE");
        }
        if (status == GrantStatus.REAUTHORIZATION_REQUIRED && statusReason.isBlank()) {
            throw new IllegalArgumentException("statusReason must say why re-authorization is required");
        }
    }

    /** A freshly connected grant, as stored after a successful authorization. */
    public static Grant connect(GrantOwner owner, TokenSet tokens, Instant now) {
        return connect(owner, tokens, now, ConnectionLink.NONE);
    }

    /** A freshly connected grant that belongs to one of the organisation's users (or to none). */
    public static Grant connect(GrantOwner owner, TokenSet tokens, Instant now, ConnectionLink link) {
        return new Grant(owner, tokens, GrantStatus.ACTIVE, "", FIRST_VERSION, now, Optional.empty(), link);
    }

    /** The organisation's id of the user this connection belongs to, when it belongs to one. */
    public Optional<String> externalUserId() {
        return link.externalUserId().map(ExternalUserId::value);
    }

    /** The organisation's tags on this connection (immutable; empty when none). */
    public Map<String, String> tags() {
        return link.tags().values();
    }

    public Grant withLink(ConnectionLink newLink) {
        return new Grant(owner, tokens, status, statusReason, version, connectedAt, lastRefreshedAt, newLink);
    }

    public ZoomUserId userId() {
        return owner.userId();
    }

    public boolean isActive() {
        return status == GrantStatus.ACTIVE;
    }

    /** The access token expires within {@code skew} of {@code now} (boundary included). */
    public boolean needsRefresh(Instant now, Duration skew) {
        return tokens.accessTokenExpiresWithin(skew, now);
    }

    /** The refresh token was issued more than {@code maxAge} ago: refresh it before Zoom lets it lapse. */
    public boolean dueForKeepAlive(Instant now, Duration maxAge) {
        return isActive() && tokens.refreshTokenOlderThan(maxAge, now);
    }

    /**
     * Rotation: Zoom's refresh answer replaces <em>both</em> tokens (the old refresh token is dead from now on)
     * and advances the version.
     */
    public Grant refreshed(TokenSet rotated, Instant now) {
        Check.notNull(rotated, "rotated");
        if (!isActive()) {
            throw new IllegalStateException("a grant that requires re-authorization cannot be refreshed");
        }
        return new Grant(owner, rotated, GrantStatus.ACTIVE, "", version + 1, connectedAt, Optional.of(now),
                link);
    }

    /**
     * The same change on top of {@code stored}, a newer version of this grant that still carries the refresh
     * token this change started from (so nobody holds newer tokens): our change becomes {@code stored}'s successor.
     */
    public Grant rebasedOnto(Grant stored) {
        Check.notNull(stored, "stored");
        if (!stored.userId().equals(userId()) || stored.version() < version - 1) {
            throw new IllegalArgumentException("stored must be a later version of the same grant");
        }
        return new Grant(owner, tokens, status, statusReason, stored.version() + 1, connectedAt, lastRefreshedAt);
    }

    /** Zoom refused the refresh token: the user has to connect again. */
    public Grant requireReauthorization(String reason) {
        Check.notBlank(reason, "reason");
        String bounded = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return new Grant(owner, tokens, GrantStatus.REAUTHORIZATION_REQUIRED, bounded, version + 1, connectedAt,
                lastRefreshedAt, link);
    }
}
