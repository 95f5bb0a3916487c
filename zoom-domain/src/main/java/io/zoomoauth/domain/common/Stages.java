package io.zoomoauth.domain.common;

import java.util.concurrent.CompletionException;

/** Failures of {@link java.util.concurrent.CompletionStage}s, as they were raised. */
public final class Stages {

    private Stages() {
    }

    /** The failure inside a stage's {@link CompletionException} wrappers; a checked one wrapped unchanged. */
    public static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException("the call failed", cause);
    }
}
