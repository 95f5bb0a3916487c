package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.DeletionRecords;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** {@link DeletionRecords} on {@code grant_deletion}. */
@Singleton
@StorageBoundary
class DeletionRecordsAdapter implements DeletionRecords {

    private final GrantDeletionRepository deletions;

    DeletionRecordsAdapter(GrantDeletionRepository deletions) {
        this.deletions = deletions;
    }

    @Override
    public boolean removedTheApp(String userIdOrEmail) {
        Check.notBlank(userIdOrEmail, "userIdOrEmail");
        return deletions.latestReason(userIdOrEmail, emailHash(userIdOrEmail))
                .filter(DEAUTHORIZATION::equals).isPresent();
    }

    @Override
    public int deleteRecordedBefore(Instant before) {
        Check.notNull(before, "before");
        return deletions.deleteRecordedBefore(UtcDateTimes.formatUpperBound(before));
    }

    /** E-mail addresses are compared case-insensitively, as Zoom does. */
    static String emailHash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
