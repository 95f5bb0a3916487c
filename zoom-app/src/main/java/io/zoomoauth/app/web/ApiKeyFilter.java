package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.zoomoauth.app.ops.ApiKeys;
import java.util.Optional;

/** {@code /api/**} needs {@code Authorization: Bearer <key>} with one of the configured keys. */
@ServerFilter(value = "/api(/.*)?", patternStyle = FilterPatternStyle.REGEX)
public class ApiKeyFilter implements Ordered {

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> requireApiKey(HttpRequest<?> request) {
        if (bearerToken(request).filter(keys::accepts).isPresent()) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiError.of("unauthorized", "Send one of the service's API keys as 'Authorization: Bearer <key>'"));
    }

    /** The token of an {@code Authorization: Bearer <token>} header. */
    static Optional<String> bearerToken(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).trim()) : Optional.empty();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1; // right after SecurityHeadersFilter, before any other work
    }
}
