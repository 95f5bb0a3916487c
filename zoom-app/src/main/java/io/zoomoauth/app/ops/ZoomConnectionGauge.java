package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.zoomoauth.adapters.http.support.ZoomConnectionMeter;

/** {@code zoom.http.connections.in.use}: connections to Zoom carrying a call right now (all Zoom hosts). */
@Context
public class ZoomConnectionGauge {

    public ZoomConnectionGauge(ZoomConnectionMeter connections, MeterRegistry registry) {
        Gauge.builder("zoom.http.connections.in.use", connections, ZoomConnectionMeter::inUse)
                .description("Connections to Zoom carrying a call right now; compare with zoom.http.max-connections")
                .register(registry);
    }
}
