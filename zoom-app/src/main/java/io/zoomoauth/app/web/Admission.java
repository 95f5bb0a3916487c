package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The places on the bounded blocking executor: at most {@code zoom.executor.max-threads} running plus
 * {@code zoom.executor.queue} waiting. A request that needs one and finds none is answered 503 {@code service_busy}
 * at once (an executor that refused the task itself would make Micronaut answer a bare 500). Taken by
 * {@link AdmissionFilter} for the routes that run there, and by non-blocking routes for the part of their work that
 * must block ({@link #onBlocking}).
 */
@Singleton
public class Admission {

    private final Semaphore permits;
    private final ErrorResponses errors;

    public Admission(@Value("${zoom.executor.max-threads:64}") int maxThreads,
                     @Value("${zoom.executor.queue:256}") int queue, ErrorResponses errors) {
        this.permits = new Semaphore(maxThreads + queue);
        this.errors = errors;
    }

    boolean tryEnter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }

    MutableHttpResponse<ApiError> busy() {
        return errors.busy("The service is at its limit of concurrent requests; try again shortly", 1);
    }

    /** {@code work} on the blocking executor if a place is free, else the 503 {@code service_busy} answer. */
    <T> CompletionStage<Object> onBlocking(ExecutorService blocking, Supplier<T> work) {
        if (!tryEnter()) {
            return CompletableFuture.completedFuture(busy());
        }
        try {
            return CompletableFuture.<Object>supplyAsync(work::get, blocking).whenComplete((result, failure) -> leave());
        } catch (RuntimeException refused) {
            leave();
            throw refused;
        }
    }
}
