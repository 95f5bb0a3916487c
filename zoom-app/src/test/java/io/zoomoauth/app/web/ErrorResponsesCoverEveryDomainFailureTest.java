package io.zoomoauth.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MutableHttpResponse;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.domain.error.DomainFailure;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new DomainFailure subtype can never silently become a 500: every permitted subtype has its own answer. */
class ErrorResponsesCoverEveryDomainFailureTest {

    private final ErrorResponses errors = new ErrorResponses(new ServiceSettings(
            URI.create("https://connector.example.com/oauth/callback"), List.of(), null, Duration.ofMinutes(5),
            Duration.ofDays(30), Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofSeconds(35),
            Duration.ofSeconds(60)), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyPermittedDomainFailureMapsToItsOwnNon500Answer() throws Exception {
        Class<?>[] subtypes = DomainFailure.class.getPermittedSubclasses();
        assertThat(subtypes).as("the sealed hierarchy is visible").isNotEmpty();
        for (Class<?> subtype : subtypes) {
            DomainFailure failure = anInstanceOf(subtype);
            MutableHttpResponse<ApiError> answer = errors.of(failure);
            assertThat(answer.status().getCode()).as("%s needs its own branch in ErrorResponses", subtype.getSimpleName())
                    .isNotEqualTo(500);
            ApiError body = answer.getBody().orElseThrow();
            assertThat(body.error()).as(subtype.getSimpleName()).isNotBlank().isNotEqualTo("internal_error");
            assertThat(body.message()).as(subtype.getSimpleName()).isNotBlank();
        }
    }

    /** Built through a public constructor with neutral arguments, so subtypes added later need no change here. */
    private static DomainFailure anInstanceOf(Class<?> subtype) throws ReflectiveOperationException {
        Constructor<?> constructor = Arrays.stream(subtype.getConstructors()).findFirst()
                .orElseThrow(() -> new AssertionError(subtype + " has no public constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(type -> neutral(type)).toArray();
        try {
            return (DomainFailure) constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError("cannot build " + subtype.getSimpleName() + " with neutral arguments", e.getCause());
        }
    }

    private static Object neutral(Class<?> type) {
        if (type == String.class) {
            return "test";
        }
        if (type == int.class || type == Integer.class) {
            return 400;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
