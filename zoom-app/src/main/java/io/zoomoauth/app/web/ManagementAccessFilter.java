package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.zoomoauth.app.ops.ManagementKeys;
import java.security.Principal;

/**
 * Operator data (health details: database, disk, versions; metrics) only for operators: a request with a
 * management key, or any request on the separate management port ({@code endpoints.all.port}) when one is
 * configured. Anyone else gets {@code /health} as a bare status, for load balancers, and no metrics.
 */
@ServerFilter(value = "/(health|prometheus)(/.*)?", patternStyle = FilterPatternStyle.REGEX)
public class ManagementAccessFilter {

    private static final Principal OPERATOR = () -> "operator";

    private final ManagementKeys keys;
    private final int managementPort;

    public ManagementAccessFilter(ManagementKeys keys, @Value("${endpoints.all.port:-1}") int managementPort) {
        this.keys = keys;
        this.managementPort = managementPort;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> requireManagementAccess(HttpRequest<?> request) {
        if (isOperator(request)) {
            // What the health endpoint's "details-visible: AUTHENTICATED" looks at.
            request.setAttribute(HttpAttributes.PRINCIPAL, OPERATOR);
            return null;
        }
        if (request.getPath().startsWith("/health")) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiError.of("unauthorized", keys.configured()
                        ? "Send one of the service's management keys as 'Authorization: Bearer <key>'"
                        : "Metrics need a management key: set ZOOM_MANAGEMENT_KEYS, or serve management on its own port"));
    }

    private boolean isOperator(HttpRequest<?> request) {
        if (managementPort > 0 && request.getServerAddress().getPort() == managementPort) {
            return true;
        }
        return ApiKeyFilter.bearerToken(request).filter(keys::accepts).isPresent();
    }
}
