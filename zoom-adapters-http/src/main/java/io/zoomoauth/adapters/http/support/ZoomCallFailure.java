package io.zoomoauth.adapters.http.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.util.Optional;

/**
 * A Zoom call that did not answer 2xx, as {@link ZoomCallFilter} saw it: Zoom's non-2xx answer, or the transport
 * failure when no answer came. Internal to the adapter: {@link ZoomCalls} turns it into a domain failure through
 * {@link ZoomErrorTranslator}. The message names the call only (method and path template), never a URI or header.
 */
public final class ZoomCallFailure extends RuntimeException {

    private final String method;
    private final String call;
    private final transient HttpResponse<?> response;
    private final boolean refusedForBusyPool;

    public ZoomCallFailure(String method, String call, @Nullable HttpResponse<?> response, @Nullable Throwable transport) {
        this(method, call, response, transport, false);
    }

    private ZoomCallFailure(String method, String call, HttpResponse<?> response, Throwable transport, boolean refused) {
        super(call + (response != null ? " answered " + response.code() : " failed"), transport, false, false);
        this.method = method;
        this.call = call;
        this.response = response;
        this.refusedForBusyPool = refused;
    }

    /** A call never sent: every pooled connection was busy (see {@link ZoomConnectionMeter#refusedForBusyPool}). */
    public static ZoomCallFailure refusedForBusyPool(String method, String call, Throwable refusal) {
        return new ZoomCallFailure(method, call, null, refusal, true);
    }

    public String method() {
        return method;
    }

    /** {@code GET /users/{userId}/meetings}: what the logs, metrics and failure messages name. */
    public String call() {
        return call;
    }

    /** Zoom's answer; empty when none came (timeout, refused, reset or closed connection). */
    public Optional<HttpResponse<?>> response() {
        return Optional.ofNullable(response);
    }

    /**
     * A 5xx, or a failed connection; never a read timeout (it would multiply the caller's worst-case wait), nor a
     * call that found no free connection (a retry would only lengthen the queue it was refused from).
     */
    boolean worthRetrying() {
        return response != null ? response.code() >= 500
                : !(getCause() instanceof ReadTimeoutException) && !refusedForBusyPool;
    }

    /** Never sent: no pooled connection came free within the bounded wait ({@code zoom_busy}). */
    public boolean noFreeConnection() {
        return refusedForBusyPool;
    }
}
