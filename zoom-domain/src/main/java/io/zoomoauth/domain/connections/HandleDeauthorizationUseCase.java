package io.zoomoauth.domain.connections;

/** In-port: Zoom says the user removed the app. */
public interface HandleDeauthorizationUseCase {

    /** {@code SUPERSEDED}: the user connected again after the deauthorization, so the new grant stays. */
    enum Outcome { DELETED, NOTHING_STORED, ALREADY_HANDLED, SUPERSEDED }

    Outcome handle(DeauthorizationEvent event);
}
