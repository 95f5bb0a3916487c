package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;

/**
 * Admission to the routes that run on the bounded blocking executor (those with {@code @ExecuteOn}): a place in
 * {@link Admission} or, when there is none, 503 {@code service_busy} at once, on the event loop. Routes that run on
 * the event loop hold no worker and are not counted here; what they hand to the executor takes its own place.
 */
@ServerFilter(value = "/(api|oauth|connect|webhooks)(/.*)?", patternStyle = FilterPatternStyle.REGEX)
public class AdmissionFilter implements Ordered {

    private static final String ADMITTED = AdmissionFilter.class.getName() + ".admitted";

    private final Admission admission;

    public AdmissionFilter(Admission admission) {
        this.admission = admission;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> admit(HttpRequest<?> request) {
        boolean onTheExecutor = RouteAttributes.getRouteMatch(request)
                .map(route -> route.getRouteInfo().getAnnotationMetadata().hasAnnotation(ExecuteOn.class)).orElse(true);
        if (!onTheExecutor) {
            return null;
        }
        if (!admission.tryEnter()) {
            return admission.busy();
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    public void release(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.removeAttribute(ADMITTED, Boolean.class).isPresent()) {
            admission.leave();
        }
    }

    /** After the API key check (cheap, and needs no worker), before everything that does work. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 20;
    }
}
