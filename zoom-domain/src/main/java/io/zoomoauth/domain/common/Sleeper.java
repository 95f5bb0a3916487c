package io.zoomoauth.domain.common;

import java.time.Duration;

/** Waiting, injectable so tests of retry and lease-wait loops do not sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper threadSleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
