package io.zoomoauth.app.e2e;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.zoomoauth.app.config.DomainFactory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * In end-to-end tests the service, a second instance and the fake Zoom all read one clock the test moves, so
 * "an hour later" needs no waiting.
 */
@Factory
@Requires(property = "test.shared-clock", value = "true")
class SharedClockFactory {

    static volatile Clock clock = Clock.systemUTC();

    @Singleton
    @Replaces(value = Clock.class, factory = DomainFactory.class)
    Clock sharedClock() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.instant();
            }
        };
    }
}
