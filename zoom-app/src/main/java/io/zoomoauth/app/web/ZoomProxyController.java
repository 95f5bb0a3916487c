package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.zoomoauth.app.ops.ZoomProxyMetrics;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.proxy.ProxyHeader;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ProxyZoomUseCase;
import io.zoomoauth.domain.proxy.ZoomApiPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Any Zoom API endpoint: {@code /api/users/{userId}/zoom/{path}} → {@code {ZOOM_API_URL}/v2/{path}} with the user's
 * token (or the Server-to-Server token), the query string and the body passed through as bytes, and Zoom's status,
 * body and headers passed back while they arrive. Only the request's {@code Content-Type} and {@code Accept} go to
 * Zoom; our API key never does. A POST with {@code Idempotency-Key} is run once and its answer replayed.
 */
@Controller("/api/users/{userId}/zoom")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@Tag(name = "zoom-proxy")
@ApiErrorResponses
@ApiResponse(responseCode = "200", description = "Zoom's answer: its status, body and headers, passed through as bytes",
        content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
public class ZoomProxyController {

    /** The biggest proxied answer kept for an Idempotency-Key replay; streamed answers have no limit. */
    static final int MAX_RECORDED_ANSWER = 10 * 1024 * 1024;

    private final ProxyZoomUseCase proxy;
    private final IdempotentAnswers idempotent;
    private final ZoomProxyMetrics metrics;

    public ZoomProxyController(ProxyZoomUseCase proxy, IdempotentAnswers idempotent, ZoomProxyMetrics metrics) {
        this.proxy = proxy;
        this.idempotent = idempotent;
        this.metrics = metrics;
    }

    @Get(uri = "/{+path}", produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyGet", summary = "GET any Zoom API path (retried on 5xx and failed connections)")
    public HttpResponse<?> get(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request) {
        return stream(userId, build(ProxyMethod.GET, userId, request, null));
    }

    @RequestBody(description = "passed to Zoom as bytes, with its Content-Type",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @Post(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPost", summary = "POST to any Zoom API path; with Idempotency-Key it runs once and repeats get its answer")
    public HttpResponse<?> post(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                @Nullable @Body byte[] body,
                                @Nullable @Header(IdempotentAnswers.KEY_HEADER) String idempotencyKey) {
        ProxyRequest forwarded = build(ProxyMethod.POST, userId, request, body);
        if (idempotencyKey == null) {
            return stream(userId, forwarded);
        }
        String route = "POST " + forwarded.path().segments() + "?" + forwarded.query();
        return idempotent.run(userId, idempotencyKey, route, forwarded.body(), () -> recorded(userId, forwarded));
    }

    @RequestBody(description = "passed to Zoom as bytes, with its Content-Type",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @Put(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPut", summary = "PUT to any Zoom API path")
    public HttpResponse<?> put(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                               @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.PUT, userId, request, body));
    }

    @RequestBody(description = "passed to Zoom as bytes, with its Content-Type",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @Patch(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPatch", summary = "PATCH any Zoom API path")
    public HttpResponse<?> patch(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                 @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.PATCH, userId, request, body));
    }

    @RequestBody(description = "passed to Zoom as bytes, with its Content-Type",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @Delete(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyDelete", summary = "DELETE any Zoom API path")
    public HttpResponse<?> delete(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                  @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.DELETE, userId, request, body));
    }

    private MutableHttpResponse<?> stream(String userId, ProxyRequest request) {
        long started = System.nanoTime();
        ProxyResponse answer = forward(userId, request, started);
        MutableHttpResponse<Object> response = HttpResponse.status(answer.status(), null);
        for (ProxyHeader header : answer.headers()) {
            response.getHeaders().add(header.name(), header.value());
        }
        if (answer.status() == 204 || answer.status() == 304) {
            answer.close();
            return response;
        }
        // Zoom's bytes go on as they arrive (Micronaut writes an InputStream body in chunks and closes it).
        return response.body(answer.body());
    }

    private RecordedAnswer recorded(String userId, ProxyRequest request) {
        try (ProxyResponse answer = forward(userId, request, System.nanoTime())) {
            Map<String, String> headers = new LinkedHashMap<>();
            answer.headers().forEach(header -> headers.putIfAbsent(header.name(), header.value()));
            return new RecordedAnswer(answer.status(), headers, answer.readBody(MAX_RECORDED_ANSWER));
        }
    }

    private ProxyResponse forward(String userId, ProxyRequest request, long startedNanos) {
        try {
            ProxyResponse answer = proxy.forward(MeetingsController.user(userId), request);
            metrics.answered(request.method().name(), request.path().template(), answer.status(), startedNanos);
            return answer;
        } catch (RuntimeException failure) {
            metrics.failed(request.method().name(), request.path().template(), failure, startedNanos);
            throw failure;
        }
    }

    /** The raw path after {@code /zoom/} (still percent-encoded: it is checked segment by segment) and the raw query. */
    private static ProxyRequest build(ProxyMethod method, String userId, HttpRequest<?> request, byte[] body) {
        String rawPath = request.getUri().getRawPath();
        int start = rawPath.indexOf("/zoom/", "/api/users/".length());
        ZoomApiPath path = ZoomApiPath.parse(start < 0 ? "" : rawPath.substring(start + "/zoom/".length()));
        String query = Optional.ofNullable(request.getUri().getRawQuery()).orElse("");
        return new ProxyRequest(method, path, query,
                Optional.ofNullable(request.getHeaders().get(HttpHeaders.CONTENT_TYPE)),
                Optional.ofNullable(request.getHeaders().get(HttpHeaders.ACCEPT)), body == null ? new byte[0] : body);
    }
}
