package io.zoomoauth.app.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of every {@code @ExecuteOn(BLOCKING)} request, bounded: Micronaut's default on Java 17 is an unbounded
 * cached pool, so anonymous load could make it start a thread per request. {@code AdmissionFilter} admits at most
 * threads + queue requests; the executor's own queue has room for twice that (a webhook hands its work on to a
 * second task), so admitted work is never refused here.
 */
@Factory
class BlockingExecutorFactory {

    @Singleton
    @Named(TaskExecutors.BLOCKING)
    @Replaces(bean = ExecutorService.class, named = TaskExecutors.BLOCKING)
    ExecutorService blocking(@Value("${zoom.executor.max-threads:64}") int maxThreads,
                             @Value("${zoom.executor.queue:256}") int queue) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxThreads, maxThreads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2 * (maxThreads + queue)), threads(), new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "blocking-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
