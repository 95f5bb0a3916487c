package io.zoomoauth.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoomHttpCheckTest {

    private static List<String> problems(Map<String, Object> settings) {
        PropertySourcePropertyResolver resolver = new PropertySourcePropertyResolver(PropertySource.of("test", settings));
        return StartupChecks.ALL.stream().filter(check -> check instanceof ZoomHttpCheck || check instanceof DurationsCheck)
                .flatMap(check -> check.check(resolver).stream()).map(StartupProblem::line).toList();
    }

    @Test
    void theDefaultsPass() {
        assertThat(problems(Map.of())).isEmpty();
    }

    @Test
    void poolSettingsOutOfRangeAreEachReported() {
        assertThat(problems(Map.of("zoom.http.max-connections", "0", "zoom.http.max-waiting", "200000",
                "zoom.http.pool-wait", "10s")))
                .anyMatch(line -> line.contains("zoom.http.max-connections") && line.contains("between 1 and 10000"))
                .anyMatch(line -> line.contains("zoom.http.max-waiting") && line.contains("between 1 and 100000"))
                .anyMatch(line -> line.contains("zoom.http.pool-wait") && line.contains("shorter than zoom.http.read-timeout"))
                .hasSize(3);
    }

    @Test
    void aPoolWaitAtTheReadTimeoutIsRefused_justBelowItPasses() {
        assertThat(problems(Map.of("zoom.http.read-timeout", "2s", "zoom.http.pool-wait", "2s")))
                .singleElement().asString().isEqualTo("zoom.http.pool-wait: is 2000 ms; it must be shorter than zoom.http.read-timeout (2000 ms)");
        assertThat(problems(Map.of("zoom.http.read-timeout", "2s", "zoom.http.pool-wait", "1999ms"))).isEmpty();
    }

    @Test
    void notANumberOrNotADurationIsReportedOnceNamingTheValue() {
        assertThat(problems(Map.of("zoom.http.max-connections", "many", "zoom.http.pool-wait", "soon")))
                .anyMatch(line -> line.contains("zoom.http.max-connections") && line.contains("'many' is not a whole number"))
                .anyMatch(line -> line.contains("zoom.http.pool-wait") && line.contains("'soon' is not a positive duration"))
                .hasSize(2);
    }
}
