package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.crypto.DecryptionFailed;
import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.adapters.persistence.jdbc.TagsJson;
import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.GrantUnreadable;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Instant;
import java.util.Optional;

/** Grant ↔ row, explicitly: tokens are sealed per row and column, and a row becomes a grant through the domain's constructors. */
final class GrantRowMapper {

    static final String ACCESS_TOKEN = "zoom_grant.access_token_enc";
    static final String REFRESH_TOKEN = "zoom_grant.refresh_token_enc";
    private static final int MAX_SCOPES_LENGTH = 4000;

    private final FieldCipher cipher;

    GrantRowMapper(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The grant as the database will hand it back: instants cut to microseconds. */
    static Grant normalized(Grant grant, long version) {
        TokenSet t = grant.tokens();
        TokenSet tokens = new TokenSet(t.accessToken(), UtcDateTimes.truncate(t.accessTokenExpiresAt()), t.refreshToken(),
                UtcDateTimes.truncate(t.refreshTokenIssuedAt()), t.scopes());
        ConnectionLink l = grant.link();
        ConnectionLink link = new ConnectionLink(l.externalUserId(), l.tags(), l.unlinkedFrom(),
                l.unlinkedAt().map(UtcDateTimes::truncate));
        return new Grant(grant.owner(), tokens, grant.status(), grant.statusReason(), version,
                UtcDateTimes.truncate(grant.connectedAt()), grant.lastRefreshedAt().map(UtcDateTimes::truncate), link);
    }

    /** A row for {@code grant} (every write seals both tokens again, under the active key), without a lease. */
    GrantRow toRow(Grant grant, Instant createdAt, Instant updatedAt) {
        String userId = grant.userId().value();
        TokenSet tokens = grant.tokens();
        String scopes = tokens.scopes().asString();
        if (scopes.length() > MAX_SCOPES_LENGTH) {
            throw new IllegalArgumentException("scopes must be at most " + MAX_SCOPES_LENGTH + " characters to be stored");
        }
        GrantOwner owner = grant.owner();
        return new GrantRow(userId, owner.accountId().value(), owner.email(), owner.displayName(), scopes,
                cipher.seal(tokens.accessToken().value(), ACCESS_TOKEN, userId), tokens.accessTokenExpiresAt(),
                cipher.seal(tokens.refreshToken().value(), REFRESH_TOKEN, userId), tokens.refreshTokenIssuedAt(),
                grant.status().name(), grant.statusReason(), grant.version(), null, null,
                grant.connectedAt(), grant.lastRefreshedAt().orElse(null), createdAt, updatedAt,
                grant.externalUserId().orElse(null), TagsJson.write(grant.link().tags()),
                grant.link().unlinkedFrom().map(ExternalUserId::value).orElse(null), grant.link().unlinkedAt().orElse(null));
    }

    /** @throws GrantUnreadable when the row's tokens cannot be decrypted (this grant only; others stay readable) */
    Grant toGrant(GrantRow row) {
        String userId = row.zoomUserId();
        TokenSet tokens;
        try {
            tokens = new TokenSet(
                    new AccessToken(cipher.open(row.accessTokenEnc(), ACCESS_TOKEN, userId)), row.accessTokenExpiresAt(),
                    new RefreshToken(cipher.open(row.refreshTokenEnc(), REFRESH_TOKEN, userId)), row.refreshTokenIssuedAt(),
                    Scopes.parse(row.scopes()));
        } catch (DecryptionFailed unreadable) {
            throw new GrantUnreadable(userId, unreadable.getMessage(), unreadable);
        }
        return new Grant(owner(row), tokens, GrantStatus.valueOf(row.status()), row.statusReason(), row.version(),
                row.connectedAt(), Optional.ofNullable(row.lastRefreshedAt()), linkOf(row));
    }

    static ConnectionLink linkOf(GrantRow row) {
        return new ConnectionLink(Optional.ofNullable(row.externalUserId()).map(ExternalUserId::new),
                TagsJson.read(row.tags()), Optional.ofNullable(row.unlinkedFrom()).map(ExternalUserId::new),
                Optional.ofNullable(row.unlinkedAt()));
    }

    /** Everything but the tokens, which are not even decrypted. */
    static ConnectionView toView(GrantRow row) {
        return new ConnectionView(new ZoomUserId(row.zoomUserId()), new ZoomAccountId(row.zoomAccountId()), row.email(),
                row.displayName(), Scopes.parse(row.scopes()), GrantStatus.valueOf(row.status()), row.statusReason(),
                row.accessTokenExpiresAt(), row.refreshTokenIssuedAt(), row.connectedAt(),
                Optional.ofNullable(row.lastRefreshedAt()), linkOf(row));
    }

    private static GrantOwner owner(GrantRow row) {
        return new GrantOwner(new ZoomUserId(row.zoomUserId()), new ZoomAccountId(row.zoomAccountId()), row.email(),
                row.displayName());
    }
}
