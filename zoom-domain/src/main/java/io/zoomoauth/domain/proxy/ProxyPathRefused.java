package io.zoomoauth.domain.proxy;

/**
 * A proxied path or query that is never sent to Zoom: unsafe ({@link Reason#INVALID}) or naming another user than
 * a user grant may act for ({@link Reason#OTHER_USER}). Messages describe the rule, never echo the input.
 */
public final class ProxyPathRefused extends RuntimeException {

    public enum Reason { INVALID, OTHER_USER }

    private final Reason reason;

    public ProxyPathRefused(String message) {
        this(Reason.INVALID, message);
    }

    public ProxyPathRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
