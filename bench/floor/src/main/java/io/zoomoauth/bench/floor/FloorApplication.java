package io.zoomoauth.bench.floor;

import io.micronaut.runtime.Micronaut;

/**
 * A benchmark floor: the least a Micronaut service on our stack does to forward {@code POST /v2/users/me/meetings}
 * (body bytes and {@code Authorization}) to Zoom and hand back Zoom's answer. {@code floor.mode} picks one
 * forwarder: {@link AsyncForwarder} (non-blocking client, event loop only) or {@link BlockingForwarder}
 * ({@code @ExecuteOn(BLOCKING)} and the blocking client, as the service's typed routes do).
 */
public final class FloorApplication {

    private FloorApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(FloorApplication.class, args);
    }
}
