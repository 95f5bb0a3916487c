package io.zoomoauth.domain.error;

/**
 * The stored tokens of one grant cannot be decrypted with the configured keys (tampered with, or written under a
 * key that is no longer configured). Other grants are unaffected; the message names the column and key id only.
 */
public final class GrantUnreadable extends DomainFailure {

    public GrantUnreadable(String userId, String detail, Throwable cause) {
        super("The stored tokens of user " + userId + " cannot be decrypted with the configured"
                + " ZOOM_TOKEN_ENCRYPTION_KEY (" + detail + ")", null, cause);
    }
}
