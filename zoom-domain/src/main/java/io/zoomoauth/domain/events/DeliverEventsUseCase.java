package io.zoomoauth.domain.events;

import java.util.List;

/** In-port of the delivery worker: claim due events, deliver each (on as many threads as the worker allows). */
public interface DeliverEventsUseCase {

    List<ClaimedEvent> claimDue(int max);

    DeliveryObserver.Outcome deliver(ClaimedEvent event);
}
