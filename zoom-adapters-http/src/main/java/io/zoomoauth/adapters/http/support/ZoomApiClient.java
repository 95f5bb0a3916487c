package io.zoomoauth.adapters.http.support;

import io.micronaut.http.client.annotation.Client;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declarative client of Zoom's REST API: {@code {zoom.api.base-url}/v2}, the Zoom transport settings, and
 * {@link ZoomCallFilter}. The one place that says where the API is; put it on each API area's client interface.
 */
@ZoomClient
@Client(value = "${zoom.api.base-url:`https://api.zoom.us`}/v2", configuration = ZoomClientConfiguration.class)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ZoomApiClient {
}
