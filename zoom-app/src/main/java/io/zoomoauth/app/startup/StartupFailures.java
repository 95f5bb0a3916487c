package io.zoomoauth.app.startup;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.adapters.persistence.crypto.EncryptionKeyInvalid;
import io.zoomoauth.adapters.persistence.crypto.VaultKeysMismatch;
import io.zoomoauth.app.ops.StartupReport;
import java.net.BindException;
import java.sql.SQLException;
import java.util.Optional;

/** Turns a failure while starting into one short line: what to change, without the stack of frameworks around it. */
final class StartupFailures {

    private StartupFailures() {
    }

    static StartupProblem describe(Throwable failure, PropertyResolver settings) {
        return portInUse(failure, settings)
                .or(() -> find(failure, VaultKeysMismatch.class).map(EncryptionKeyCheck::of))
                .or(() -> find(failure, EncryptionKeyInvalid.class).map(EncryptionKeyCheck::of))
                .or(() -> find(failure, SQLException.class).map(sql -> database(sql, settings)))
                .or(() -> find(failure, ConfigurationException.class).map(StartupFailures::configuration))
                .orElseGet(() -> {
                    Throwable root = root(failure);
                    return new StartupProblem("start-up", root.getClass().getSimpleName() + ": " + firstLine(root)
                            + " (LOG_LEVEL=DEBUG shows the stack trace)");
                });
    }

    private static Optional<StartupProblem> portInUse(Throwable failure, PropertyResolver settings) {
        boolean inUse = find(failure, BindException.class).isPresent()
                || firstLine(root(failure)).contains("Address already in use");
        return inUse ? Optional.of(new StartupProblem("MICRONAUT_SERVER_PORT", "port "
                + StartupCheck.value(settings, "micronaut.server.port") + " is already in use; stop what listens on it,"
                + " or choose another port")) : Optional.empty();
    }

    private static StartupProblem database(SQLException sql, PropertyResolver settings) {
        String where = StartupReport.describeDatabase(StartupCheck.value(settings, "datasources.default.url"));
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("28")) {
            return new StartupProblem("DATASOURCES_DEFAULT_USERNAME", "the database at " + where + " refused the login;"
                    + " check DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD");
        }
        if (sql.getErrorCode() == 1049) {
            return new StartupProblem("DATASOURCES_DEFAULT_URL", "the database named in " + where + " does not exist;"
                    + " create it (CREATE DATABASE … CHARACTER SET utf8mb4) or fix the name");
        }
        if (state.startsWith("08")) {
            return new StartupProblem("DATASOURCES_DEFAULT_URL", "cannot reach the database at " + where + " ("
                    + firstLine(root(sql)) + "); check that it runs and that host and port are right");
        }
        return new StartupProblem("DATASOURCES_DEFAULT_URL", "the database at " + where + " failed: " + firstLine(sql));
    }

    private static StartupProblem configuration(ConfigurationException e) {
        String message = firstLine(e);
        int colon = message.indexOf(':');
        boolean named = colon > 0 && message.substring(0, colon).matches("[A-Z][A-Z0-9_]+|[a-z][a-z0-9.\\-]+");
        return named ? new StartupProblem(message.substring(0, colon), message.substring(colon + 1).strip())
                : new StartupProblem("configuration", message);
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
