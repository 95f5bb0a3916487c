package io.zoomoauth.adapters.http.proxy;

import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.zoomoauth.adapters.http.support.ZoomCallFailure;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.domain.common.Stages;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyBody;
import io.zoomoauth.domain.proxy.ProxyHeader;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@link ZoomProxyPort}: the request body goes out as the caller's bytes and Zoom's answer comes back as bytes (no
 * JSON round trip, so int64 ids and unknown fields stay intact): a small one read without a thread waiting for it and
 * handed to the server as Micronaut's own byte body, a large one streamed as it arrives. Only the headers in {@link #PASSED_ON} come back; the caller's own
 * headers never reach Zoom (the token goes only into {@code Authorization: Bearer}). GETs are repeated by
 * {@link ProxyExchange} under the typed calls' GET rule; 401 code 124 and 429 become the domain's failures through
 * {@link ZoomErrorTranslator}.
 */
@Singleton
final class ZoomProxyAdapter implements ZoomProxyPort {

    /** Zoom's answer headers that reach the caller; hop-by-hop and connection headers never do. */
    static final Set<String> PASSED_ON = Set.of("content-type", "x-zm-trackingid", "retry-after", "x-ratelimit-type",
            "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-category", "location");
    /** Answers up to this size are read whole without a thread waiting; larger ones are streamed. */
    static final int IN_MEMORY_LIMIT = 64 * 1024;

    private final ProxyExchange exchange;
    private final ZoomErrorTranslator errors;

    ZoomProxyAdapter(ProxyExchange exchange, ZoomErrorTranslator errors) {
        this.exchange = exchange;
        this.errors = errors;
    }

    @Override
    public CompletionStage<ProxyResponse> sendAsync(AccessToken token, ProxyRequest request) {
        CompletableFuture<HttpResponse<?>> sent = request.method() == ProxyMethod.GET
                ? exchange.sendGet(token, request) : exchange.sendOnce(token, request);
        return sent
                .exceptionally(failure -> lastAnswer(request, failure))
                .thenCompose(response -> answer(request, response));
    }

    /** A GET that still answered 5xx after its retries: Zoom's answer is passed on as it came. */
    private HttpResponse<?> lastAnswer(ProxyRequest request, Throwable failure) {
        Throwable cause = Stages.unwrapped(failure);
        if (cause instanceof ZoomCallFailure call) {
            if (call.response().isPresent()) {
                return call.response().get();
            }
            throw errors.transportFailure(call); // zoom_busy when no connection came free, else zoom_unavailable
        }
        if (cause instanceof DomainFailure domain) {
            throw domain;
        }
        throw new ZoomUnavailable("could not read Zoom's answer on " + request.describe(), null, null, cause);
    }

    private CompletionStage<ProxyResponse> answer(ProxyRequest request, HttpResponse<?> response) {
        List<ProxyHeader> headers = passedOn(response);
        if (response.code() != 401 && response.code() != 429) {
            return body(response).thenApply(body -> new ProxyResponse(response.code(), headers, body));
        }
        // It may be a 124 or a 429: read whole to classify it (Zoom's error bodies are small).
        return ProxyExchange.buffered(response).thenApply(buffered -> {
            byte[] body = buffered.body();
            Optional<DomainFailure> failure = errors.proxiedFailure(request.method().name(),
                    "proxy " + request.describe(), buffered, body);
            if (failure.isPresent()) {
                throw failure.get();
            }
            return new ProxyResponse(response.code(), headers, new ByteArrayInputStream(body));
        });
    }

    private static List<ProxyHeader> passedOn(HttpResponse<?> response) {
        List<ProxyHeader> headers = new ArrayList<>(4);
        for (String name : PASSED_ON) { // a few lookups instead of copying and lower-casing every header
            for (String value : response.getHeaders().getAll(name)) {
                headers.add(new ProxyHeader(name, value));
            }
        }
        return headers;
    }

    /**
     * Zoom's body, read without a thread waiting when it is small (the usual answer: a meeting, a user, a short page),
     * else streamed as it arrives (read by the server's IO threads). A small body is read whole before it is handed on
     * because Micronaut 4.10's server can drop a response whose streaming body already holds bytes when the writer
     * subscribes ("onNext before request?": micronaut-core PR 13273); a fully available body is written in one piece.
     */
    private static CompletionStage<ProxyBody> body(HttpResponse<?> response) {
        if (!(response instanceof ByteBodyHttpResponse<?> raw)) { // a retried GET's last answer, already buffered
            return CompletableFuture.completedFuture(
                    ProxyBody.of(new ByteArrayInputStream(response.getBody(byte[].class).orElse(new byte[0]))));
        }
        long length = response.getHeaders().contentLength().orElse(-1);
        if (length < 0 || length > IN_MEMORY_LIMIT) {
            return CompletableFuture.completedFuture(ProxyBody.of(raw.byteBody().toInputStream()));
        }
        return raw.byteBody().buffer().thenApply(AvailableBody::new);
    }

    /** Zoom's whole answer in memory: handed to the server as a {@link ByteBody}, or read as a stream. */
    private static final class AvailableBody implements ProxyBody {

        private final CloseableAvailableByteBody body;

        AvailableBody(CloseableAvailableByteBody body) {
            this.body = body;
        }

        @Override
        public InputStream stream() {
            return body.toInputStream();
        }

        @Override
        public <T> Optional<T> take(Class<T> type) {
            return type.isAssignableFrom(ByteBody.class) ? Optional.of(type.cast(body.move())) : Optional.empty();
        }

        @Override
        public void close() {
            body.close();
        }
    }
}
