package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * The conditional whole-row updates of {@code zoom_grant}, as explicit SQL: each one writes every grant column
 * only if the row is still where the caller believes it is. Must run inside the caller's transaction.
 */
@Singleton
final class GrantWrites {

    private static final String SET_GRANT = """
            UPDATE zoom_grant SET zoom_account_id = ?, email = ?, display_name = ?, scopes = ?,
              access_token_enc = ?, access_token_expires_at = ?, refresh_token_enc = ?, refresh_token_issued_at = ?,
              status = ?, status_reason = ?, connected_at = ?, last_refreshed_at = ?, updated_at = ?,
              version = ?""";
    private static final String CLEAR_LEASE = ", lease_owner = NULL, lease_expires_at = NULL";

    /**
     * Version-fenced write of a refresh's result: only the version must still be in the row; the lease is cleared
     * only if it is still the writer's. The expiry is assigned first: MySQL evaluates single-table assignments left
     * to right (a later one sees the earlier result), H2 evaluates them all on the old row.
     */
    private static final String FENCED = SET_GRANT
            + ", lease_expires_at = CASE WHEN lease_owner = ? THEN NULL ELSE lease_expires_at END"
            + ", lease_owner = CASE WHEN lease_owner = ? THEN NULL ELSE lease_owner END"
            + " WHERE zoom_user_id = ? AND version = ?";
    /** Replacement by a new consent (the row is locked by the caller): any lease is void. */
    private static final String REPLACE = SET_GRANT + CLEAR_LEASE + " WHERE zoom_user_id = ? AND version = ?";
    /** Optimistic write outside the refresh path: leaves the lease alone, which the version bump fences. */
    private static final String OPTIMISTIC = SET_GRANT + " WHERE zoom_user_id = ? AND version = ?";

    private final JdbcOperations jdbc;

    GrantWrites(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    int fenced(GrantRow row, long expectedVersion, String leaseOwner) {
        return jdbc.prepareStatement(FENCED, statement -> {
            int next = bindSet(statement, row);
            statement.setString(next++, leaseOwner);
            statement.setString(next++, leaseOwner);
            statement.setString(next++, row.zoomUserId());
            statement.setLong(next, expectedVersion);
            return statement.executeUpdate();
        });
    }

    int replace(GrantRow row, long expectedVersion) {
        return conditional(REPLACE, row, expectedVersion);
    }

    int optimistic(GrantRow row, long expectedVersion) {
        return conditional(OPTIMISTIC, row, expectedVersion);
    }

    private int conditional(String sql, GrantRow row, long expectedVersion) {
        return jdbc.prepareStatement(sql, statement -> {
            int next = bind(statement, row);
            statement.setLong(next, expectedVersion);
            return statement.executeUpdate();
        });
    }

    /** Binds the SET list and the user id; returns the next parameter index. */
    private static int bind(PreparedStatement statement, GrantRow row) throws SQLException {
        int next = bindSet(statement, row);
        statement.setString(next, row.zoomUserId());
        return next + 1;
    }

    /** Binds the SET list; returns the next parameter index. */
    private static int bindSet(PreparedStatement statement, GrantRow row) throws SQLException {
        int i = 1;
        statement.setString(i++, row.zoomAccountId());
        statement.setString(i++, row.email());
        statement.setString(i++, row.displayName());
        statement.setString(i++, row.scopes());
        statement.setBytes(i++, row.accessTokenEnc());
        statement.setString(i++, UtcDateTimes.format(row.accessTokenExpiresAt()));
        statement.setBytes(i++, row.refreshTokenEnc());
        statement.setString(i++, UtcDateTimes.format(row.refreshTokenIssuedAt()));
        statement.setString(i++, row.status());
        statement.setString(i++, row.statusReason());
        statement.setString(i++, UtcDateTimes.format(row.connectedAt()));
        setNullableInstant(statement, i++, row.lastRefreshedAt());
        statement.setString(i++, UtcDateTimes.format(row.updatedAt()));
        statement.setLong(i++, row.version());
        return i;
    }

    private static void setNullableInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, UtcDateTimes.format(value));
        }
    }
}
