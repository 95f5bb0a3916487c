package badfixture.domain;

import java.time.Instant;

/** Breaks "domain is plain Java" (uses Micronaut) and "no wall clock in the domain". */
@io.micronaut.core.annotation.Introspected
public class FrameworkInDomain {

    public Instant now() {
        return Instant.now();
    }
}
