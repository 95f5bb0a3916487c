package io.zoomoauth.app.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.runtime.Micronaut;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service, or stops it with exit code 1 and a short report: every problem in the settings at once
 * (before anything starts), or the one failure that stopped start-up (database unreachable, port in use, keys that
 * cannot read the stored data), one line each, naming the variable and what to do. Stack traces only at DEBUG.
 */
public final class GuardedStartup extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedStartup.class);

    /** The settings as read before the start; the context's own environment may be gone when start-up fails. */
    private Environment settings;

    private GuardedStartup() {
    }

    public static GuardedStartup of(String... args) {
        GuardedStartup startup = new GuardedStartup();
        startup.args(args);
        return startup;
    }

    @Override
    public ApplicationContext start() {
        // The settings as the real start will see them, read without starting anything.
        settings = super.build().getEnvironment();
        settings.start();
        try {
            List<StartupProblem> problems = StartupChecks.run(settings);
            if (!problems.isEmpty()) {
                stop(problems);
            }
            return super.start();
        } finally {
            settings.stop();
        }
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        LOG.debug("Start-up failed", exception);
        PropertyResolver resolver = settings != null ? settings : environment;
        stop(List.of(StartupFailures.describe(exception, resolver)));
    }

    private static void stop(List<StartupProblem> problems) {
        LOG.error("The service cannot start ({} problem{}):", problems.size(), problems.size() == 1 ? "" : "s");
        problems.forEach(problem -> LOG.error("  {}", problem.line()));
        System.exit(1);
    }
}
