package io.zoomoauth.app;

import io.micronaut.runtime.Micronaut;

/** Entry point of the runnable service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
