package io.zoomoauth.app.events;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ForwardZoomEventService;
import io.zoomoauth.domain.events.AuditEventsService;
import io.zoomoauth.domain.events.DeliverEventsService;
import io.zoomoauth.domain.events.DeliverySettings;
import io.zoomoauth.domain.events.DeliveryObserver;
import io.zoomoauth.domain.events.EventOutbox;
import io.zoomoauth.domain.events.EventReceiverPort;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the events use cases; the delivery service exists only when a receiver is configured. */
@Factory
public class EventsFactory {

    @Singleton
    AuditEventsService auditEvents(EventOutbox outbox, Clock clock) {
        return new AuditEventsService(outbox, clock);
    }

    @Singleton
    ForwardZoomEventService forwardZoomEvents(ConnectionDirectory connections, EventOutbox outbox, Clock clock) {
        return new ForwardZoomEventService(connections, outbox, clock);
    }

    @Singleton
    @Requires(bean = EventReceiverPort.class)
    DeliverEventsService deliverEvents(EventOutbox outbox, EventReceiverPort receiver, EventSettings settings,
                                       RefreshSettings refresh, Clock clock, RandomSource random,
                                       DeliveryObserver observer) {
        return new DeliverEventsService(outbox, receiver, new DeliverySettings(settings.retryInitial(), settings.retryMax(), settings.maxAge(),
                        settings.claimTtl(), settings.timeout(), refresh.instanceId()),
                clock, random, observer);
    }
}
