package io.zoomoauth.bench.floor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import reactor.core.publisher.Mono;

/** The async floor: the non-blocking client, the whole call on the event loop. */
@Controller(ZoomCall.PATH)
@Requires(property = "floor.mode", value = "async")
public class AsyncForwarder {

    private final HttpClient zoom;

    public AsyncForwarder(@Client(id = "zoom") HttpClient zoom) {
        this.zoom = zoom;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.ALL)
    public Mono<HttpResponse<byte[]>> create(@Body byte[] body, @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        return Mono.from(zoom.exchange(ZoomCall.request(body, authorization), byte[].class))
                .<HttpResponse<byte[]>>map(ZoomCall::answer)
                .onErrorResume(HttpClientResponseException.class, error -> Mono.just(ZoomCall.answer(error.getResponse())));
    }
}
