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
import io.micronaut.http.body.ByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.zoomoauth.app.ops.ZoomProxyMetrics;
import io.zoomoauth.domain.common.Stages;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.proxy.ProxyHeader;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ProxyZoomUseCase;
import io.zoomoauth.domain.proxy.ZoomApiPath;
import io.zoomoauth.domain.users.ZoomUserRef;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Any Zoom API endpoint: {@code /api/users/{userId}/zoom/{path}} → {@code {ZOOM_API_URL}/v2/{path}} with the user's
 * token (or the Server-to-Server token), the query string and the body passed through as bytes, and Zoom's status,
 * body and headers passed back while they arrive. Only the request's {@code Content-Type} and {@code Accept} go to
 * Zoom; our API key never does. A POST with {@code Idempotency-Key} is run once and its answer replayed.
 *
 * <p>Runs on the event loop: with the user's token in memory nothing here waits on a thread (the body was read before
 * the call, Zoom's answer is written on as Micronaut's own byte body, and a GET's retry is scheduled). What may block
 * (the store, a refresh, the 124 retry, an Idempotency-Key) runs on the bounded blocking executor, with its own
 * place there ({@link Admission}).
 */
@Controller("/api/users/{userId}/zoom")
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
    private final Admission admission;
    private final ExecutorService blocking;

    public ZoomProxyController(ProxyZoomUseCase proxy, IdempotentAnswers idempotent, ZoomProxyMetrics metrics,
                               Admission admission, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.proxy = proxy;
        this.idempotent = idempotent;
        this.metrics = metrics;
        this.admission = admission;
        this.blocking = blocking;
    }

    @Get(uri = "/{+path}", produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyGet", summary = "GET any Zoom API path (retried on 5xx and failed connections)")
    public CompletionStage<?> get(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request) {
        return stream(userId, build(ProxyMethod.GET, userId, request, null));
    }

    @ProxiedBody
    @Post(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPost", summary = "POST to any Zoom API path; with Idempotency-Key it runs once and repeats get its answer")
    public CompletionStage<?> post(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                @Nullable @Body byte[] body,
                                @Nullable @Header(IdempotentAnswers.KEY_HEADER) String idempotencyKey) {
        ProxyRequest forwarded = build(ProxyMethod.POST, userId, request, body);
        if (idempotencyKey == null) {
            return stream(userId, forwarded);
        }
        String route = "POST " + forwarded.path().segments() + "?" + forwarded.query();
        return admission.onBlocking(blocking,
                () -> idempotent.run(userId, idempotencyKey, route, forwarded.body(), () -> recorded(userId, forwarded)));
    }

    @ProxiedBody
    @Put(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPut", summary = "PUT to any Zoom API path")
    public CompletionStage<?> put(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                               @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.PUT, userId, request, body));
    }

    @ProxiedBody
    @Patch(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyPatch", summary = "PATCH any Zoom API path")
    public CompletionStage<?> patch(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                 @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.PATCH, userId, request, body));
    }

    @ProxiedBody
    @Delete(uri = "/{+path}", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL}, produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Operation(operationId = "proxyDelete", summary = "DELETE any Zoom API path")
    public CompletionStage<?> delete(@PathVariable String userId, @PathVariable String path, HttpRequest<?> request,
                                  @Nullable @Body byte[] body) {
        return stream(userId, build(ProxyMethod.DELETE, userId, request, body));
    }

    private CompletionStage<?> stream(String userId, ProxyRequest request) {
        long started = System.nanoTime();
        ZoomUserRef user = MeetingsController.user(userId);
        Optional<CompletionStage<ProxyResponse>> cached = measured(request, started, () -> proxy.forwardCached(user, request));
        if (cached.isEmpty()) {
            return admission.onBlocking(blocking, () -> written(forward(user, request, started)));
        }
        return cached.get().handle((answer, failure) -> {
            if (failure != null) {
                RuntimeException cause = Stages.unwrapped(failure);
                metrics.failed(request.method().name(), request.path().template(), cause, started);
                throw cause;
            }
            metrics.answered(request.method().name(), request.path().template(), answer.status(), started);
            return written(answer);
        });
    }

    /** Zoom's status and headers, and its bytes passed on as they arrive (as Micronaut's byte body if they are one). */
    private static MutableHttpResponse<?> written(ProxyResponse answer) {
        MutableHttpResponse<Object> response = HttpResponse.status(answer.status(), null);
        for (ProxyHeader header : answer.headers()) {
            response.getHeaders().add(header.name(), header.value());
        }
        if (answer.status() == 204 || answer.status() == 304) {
            answer.close();
            return response;
        }
        Optional<ByteBody> raw = answer.takeBody(ByteBody.class);
        return raw.isPresent() ? response.body(raw.get()) : response.body(answer.body());
    }

    private RecordedAnswer recorded(String userId, ProxyRequest request) {
        try (ProxyResponse answer = forward(MeetingsController.user(userId), request, System.nanoTime())) {
            Map<String, String> headers = new LinkedHashMap<>();
            answer.headers().forEach(header -> headers.putIfAbsent(header.name(), header.value()));
            return new RecordedAnswer(answer.status(), headers, answer.readBody(MAX_RECORDED_ANSWER));
        }
    }

    /** On a thread that may block: the user's token from the store (refreshed if due), then Zoom's answer. */
    private ProxyResponse forward(ZoomUserRef user, ProxyRequest request, long startedNanos) {
        ProxyResponse answer = measured(request, startedNanos, () -> proxy.forward(user, request));
        metrics.answered(request.method().name(), request.path().template(), answer.status(), startedNanos);
        return answer;
    }

    /** A failure raised before Zoom answered counts in the metrics, then goes on to the error handlers. */
    private <T> T measured(ProxyRequest request, long startedNanos, Supplier<T> call) {
        try {
            return call.get();
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
