package io.zoomoauth.domain.connections;

/** In-port: Zoom says the user removed the app. */
public interface HandleDeauthorizationUseCase {

    enum Outcome { DELETED, NOTHING_STORED, ALREADY_HANDLED }

    Outcome handle(DeauthorizationEvent event);
}
