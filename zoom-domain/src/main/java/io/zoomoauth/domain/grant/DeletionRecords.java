package io.zoomoauth.domain.grant;

import java.time.Instant;

/**
 * Out-port: the record of deleted grants (who, when, why; never a token), written by {@link GrantStore#deleteUser}.
 */
public interface DeletionRecords {

    /** The reason recorded when Zoom says the user removed the app ({@code app_deauthorized}). */
    String DEAUTHORIZATION = "app_deauthorized";

    /**
     * Whether the latest deletion recorded for the user, named by Zoom user id or by e-mail address, came from
     * Zoom's deauthorization: the user removed the app, so nothing may act for them unasked.
     */
    boolean removedTheApp(String userIdOrEmail);

    /** Retention: forgets records written before {@code before}; returns how many. */
    int deleteRecordedBefore(Instant before);
}
