package io.zoomoauth.bench.floor;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** What the benchmark polls until a started process is ready (the service's /health answers the same way). */
@Controller("/health")
public class HealthController {

    @Get(produces = MediaType.APPLICATION_JSON)
    public String health() {
        return "{\"status\":\"UP\"}";
    }
}
