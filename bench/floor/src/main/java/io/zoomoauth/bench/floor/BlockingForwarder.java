package io.zoomoauth.bench.floor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The blocking floor: a thread of the blocking executor waits for Zoom, as on the service's typed routes. */
@Controller(ZoomCall.PATH)
@Requires(property = "floor.mode", value = "blocking")
public class BlockingForwarder {

    private final BlockingHttpClient zoom;

    public BlockingForwarder(@Client(id = "zoom") HttpClient zoom) {
        this.zoom = zoom.toBlocking();
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> create(@Body byte[] body, @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        try {
            return ZoomCall.answer(zoom.exchange(ZoomCall.request(body, authorization), byte[].class));
        } catch (HttpClientResponseException error) {
            return ZoomCall.answer(error.getResponse());
        }
    }
}
