package io.zoomoauth.adapters.http.proxy;

import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpResponse;
import io.zoomoauth.adapters.http.support.ZoomCallFailure;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.proxy.ProxyHeader;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ZoomProxyPort}: the request body goes out as the caller's bytes and Zoom's answer comes back as a byte
 * stream that is handed on while it arrives (no JSON round trip, so int64 ids and unknown fields stay intact). Only
 * the headers in {@link #PASSED_ON} come back; the caller's own headers never reach Zoom (the token goes only into
 * {@code Authorization: Bearer}). GETs are repeated by {@link ProxyExchange} under the typed calls' GET rule; 401
 * code 124 and 429 become the domain's failures through {@link ZoomErrorTranslator}.
 */
@Singleton
final class ZoomProxyAdapter implements ZoomProxyPort {

    /** Zoom's answer headers that reach the caller; hop-by-hop and connection headers never do. */
    static final Set<String> PASSED_ON = Set.of("content-type", "x-zm-trackingid", "retry-after", "x-ratelimit-type",
            "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-category", "location");
    /** An error answer that may be a 124 or a 429 is read whole to classify it; Zoom's error bodies are small. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final ProxyExchange exchange;
    private final ZoomErrorTranslator errors;

    ZoomProxyAdapter(ProxyExchange exchange, ZoomErrorTranslator errors) {
        this.exchange = exchange;
        this.errors = errors;
    }

    @Override
    public ProxyResponse send(AccessToken token, ProxyRequest request) {
        HttpResponse<?> response;
        try {
            response = exchange.send(token, request);
        } catch (ZoomCallFailure failure) {
            if (failure.response().isEmpty()) {
                throw errors.transportFailure(failure); // zoom_busy when no connection came free, else unavailable
            }
            // A GET that still answered 5xx after its retries: Zoom's answer is passed on as it came.
            response = failure.response().get();
        }
        return answer(request, response);
    }

    private ProxyResponse answer(ProxyRequest request, HttpResponse<?> response) {
        List<ProxyHeader> headers = passedOn(response);
        ProxyResponse streamed = new ProxyResponse(response.code(), headers, body(response));
        if (response.code() != 401 && response.code() != 429) {
            return streamed;
        }
        byte[] body = streamed.readBody(ERROR_BODY_LIMIT);
        Optional<DomainFailure> failure = errors.proxiedFailure(request.method().name(), "proxy " + request.describe(),
                response, body);
        if (failure.isPresent()) {
            throw failure.get();
        }
        return new ProxyResponse(response.code(), headers, new ByteArrayInputStream(body));
    }

    private static List<ProxyHeader> passedOn(HttpResponse<?> response) {
        List<ProxyHeader> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.getHeaders().asMap().entrySet()) {
            if (PASSED_ON.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> headers.add(new ProxyHeader(header.getKey(), value)));
            }
        }
        return headers;
    }

    /** The raw client's byte stream, or the body a retried GET's last answer was buffered into. */
    private static InputStream body(HttpResponse<?> response) {
        if (response instanceof ByteBodyHttpResponse<?> raw) {
            return raw.byteBody().toInputStream();
        }
        return new ByteArrayInputStream(response.getBody(byte[].class).orElse(new byte[0]));
    }
}
