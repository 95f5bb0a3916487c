package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.Scopes;
import java.time.Duration;
import java.time.Instant;

/** A Server-to-Server OAuth token for a whole account: no consent, no refresh token, fetched again when due. */
public record AccountGrant(ZoomAccountId accountId, AccessToken accessToken, Instant expiresAt, Scopes scopes) {

    public AccountGrant {
        Check.notNull(accountId, "accountId");
        Check.notNull(accessToken, "accessToken");
        Check.notNull(expiresAt, "expiresAt");
        Check.notNull(scopes, "scopes");
    }

    /** Same boundary rule as user grants: due at exactly {@code expiresAt - skew}. */
    public boolean needsRefresh(Instant now, Duration skew) {
        return !now.isBefore(expiresAt.minus(skew));
    }
}
