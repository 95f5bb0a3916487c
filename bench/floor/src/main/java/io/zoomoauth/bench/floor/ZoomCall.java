package io.zoomoauth.bench.floor;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The one forward both floors make: the same request to Zoom, and Zoom's status, type and body back, whatever the
 * status (the client reports a 4xx/5xx as an HttpClientResponseException carrying the answer).
 */
final class ZoomCall {

    static final String PATH = "/v2/users/me/meetings";

    private ZoomCall() {
    }

    static HttpRequest<byte[]> request(byte[] body, String authorization) {
        return HttpRequest.POST(PATH, body).header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE);
    }

    static MutableHttpResponse<byte[]> answer(HttpResponse<?> zoom) {
        MutableHttpResponse<byte[]> answer = HttpResponse.status(zoom.status());
        zoom.getContentType().ifPresent(answer::contentType);
        zoom.getBody(byte[].class).ifPresent(answer::body);
        return answer;
    }
}
