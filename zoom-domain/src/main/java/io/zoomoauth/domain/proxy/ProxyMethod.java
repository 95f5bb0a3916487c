package io.zoomoauth.domain.proxy;

import java.util.Locale;

/** The HTTP methods the proxy forwards. */
public enum ProxyMethod {
    GET, POST, PUT, PATCH, DELETE;

    public static ProxyMethod parse(String method) {
        try {
            return valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("method must be GET, POST, PUT, PATCH or DELETE");
        }
    }
}
