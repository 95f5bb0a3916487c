package io.zoomoauth.app.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.zoomoauth.domain.events.ClaimedEvent;
import io.zoomoauth.domain.events.DeliverEventsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs deliveries on a pool of its own ({@code zoom.events.concurrency} threads), so a slow receiver never holds
 * a request thread or the token manager. One dispatcher thread claims as many due events as there are free
 * delivery threads, then waits for a delivery to finish or for the poll interval.
 */
@Singleton
@Requires(bean = DeliverEventsUseCase.class)
public class EventDeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(EventDeliveryWorker.class);

    private final DeliverEventsUseCase deliveries;
    private final EventSettings settings;
    private final ExecutorService pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread dispatcher;

    public EventDeliveryWorker(DeliverEventsUseCase deliveries, EventSettings settings) {
        this.deliveries = deliveries;
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.concurrency(), task -> {
            Thread thread = new Thread(task, "event-delivery-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener
    void onStartup(StartupEvent event) {
        start();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        dispatcher = new Thread(this::dispatch, "event-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    private void dispatch() {
        while (running) {
            int free = settings.concurrency() - inFlight.get();
            int claimed = 0;
            try {
                List<ClaimedEvent> due = deliveries.claimDue(free);
                claimed = due.size();
                due.forEach(this::submit);
            } catch (RuntimeException e) {
                LOG.warn("Could not claim due events; trying again in {}", settings.pollInterval(), e);
            }
            if (claimed == 0 || claimed == free) {
                awaitWork();
            }
        }
    }

    private void submit(ClaimedEvent event) {
        inFlight.incrementAndGet();
        pool.execute(() -> {
            try {
                deliveries.deliver(event);
            } catch (RuntimeException e) {
                // The claim runs out and the event is tried again; nothing is lost.
                if (running) {
                    LOG.warn("Delivery of event {} failed unexpectedly", event.id(), e);
                } else {
                    LOG.info("Stopped during the delivery of event {}; its claim runs out and an instance delivers it",
                            event.id());
                }
            } finally {
                inFlight.decrementAndGet();
                wake.release();
            }
        });
    }

    private void awaitWork() {
        try {
            wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming; deliveries in flight are interrupted and record nothing (their claims run out). */
    @PreDestroy
    synchronized void stop() {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
