package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Check;

/** One header of a proxied answer, as Zoom sent it. */
public record ProxyHeader(String name, String value) {

    public ProxyHeader {
        Check.notBlank(name, "header name");
        Check.notNull(value, "header value");
    }
}
