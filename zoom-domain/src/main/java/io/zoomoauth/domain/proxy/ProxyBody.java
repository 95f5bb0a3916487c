package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Check;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The bytes of Zoom's answer, consumed once: read as a stream (which blocks while they arrive), or taken whole as the
 * transport's own body type, which a non-blocking server writes on as it arrives without a thread waiting for it.
 */
public interface ProxyBody extends AutoCloseable {

    /** The bytes as a stream; the body is consumed. */
    InputStream stream();

    /** The transport's own body if it is a {@code type}; the caller then owns (and must close) it. */
    <T> Optional<T> take(Class<T> type);

    @Override
    void close();

    /** A body that is only a stream. */
    static ProxyBody of(InputStream stream) {
        Check.notNull(stream, "body");
        return new ProxyBody() {
            @Override
            public InputStream stream() {
                return stream;
            }

            @Override
            public <T> Optional<T> take(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public void close() {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // nothing left to release
                }
            }
        };
    }
}
