package io.zoomoauth.adapters.persistence.jdbc;

import java.sql.SQLException;

/** Classifies driver failures by SQLSTATE and vendor code, wherever they sit in a cause chain. */
public final class SqlFailures {

    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private SqlFailures() {
    }

    /** A unique or primary key already holds the value (MySQL/MariaDB 1062, H2 and the standard 23505). */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == MYSQL_DUPLICATE_KEY || "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A concurrent transaction won (deadlock, serialization failure, lock timeout): retrying may succeed. */
    public static boolean isTransientConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (sql.getErrorCode() == MYSQL_DEADLOCK || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
                        || (state != null && (state.startsWith("40") || "HYT00".equals(state)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
