package io.zoomoauth.adapters.http.support;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.netty.NettyClientCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Micronaut's connection pool does not tell: how long a Zoom call waited for a connection, and how many
 * connections to Zoom carry a call right now. A call is {@linkplain #markIssued marked} when it is issued (the
 * declarative clients' {@link ZoomCallFilter}, the proxy); a handler on every client connection sees the marked
 * request being written, strips the mark (it never reaches Zoom), reports the wait and counts the connection as in
 * use until the answer's last byte arrived or the connection closed. Unmarked requests (other HTTP clients of the
 * application) are neither changed nor counted.
 *
 * <p>The wait runs from the call being issued to its request being written: the wait for a free pooled connection,
 * or for a new one to be opened (TCP and TLS).
 */
@Singleton
public final class ZoomConnectionMeter implements BeanCreatedEventListener<NettyClientCustomizer.Registry> {

    /** Internal to this instance: the {@link System#nanoTime()} the call was issued at. */
    static final String ISSUED = "X-Zoomoauth-Issued-Nanos";
    private static final AttributeKey<Boolean> IN_USE = AttributeKey.valueOf(ZoomConnectionMeter.class, "inUse");

    private final List<ZoomCallObserver> observers;
    private final int maxConnections;
    private final AtomicInteger inUse = new AtomicInteger();

    public ZoomConnectionMeter(List<ZoomCallObserver> observers, ZoomHttpProperties properties) {
        this.observers = List.copyOf(observers);
        this.maxConnections = properties.maxConnections();
    }

    /**
     * The pool refused {@code failure}'s call because every connection was busy ({@code zoom_busy}): too many calls
     * were waiting, or the wait ran out while the pool was full. Micronaut's wait also covers opening a new
     * connection; a wait that ran out while connections were free was for a connection still being opened, so Zoom
     * was slow to accept it: not this instance's overload.
     */
    public boolean refusedForBusyPool(Throwable failure) {
        return ZoomErrorTranslator.tooManyWaiting(failure)
                || ZoomErrorTranslator.noFreeConnection(failure) && inUse() >= maxConnections;
    }

    /** Marks a request to Zoom as issued now; call it last before the request is handed to the client. */
    public static void markIssued(MutableHttpRequest<?> request) {
        request.header(ISSUED, Long.toString(System.nanoTime()));
    }

    /** Connections to Zoom (all hosts, all clients of this instance) carrying a call right now. */
    public int inUse() {
        return inUse.get();
    }

    @Override
    public NettyClientCustomizer.Registry onCreated(BeanCreatedEvent<NettyClientCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** The handler one client connection gets. */
    ChannelDuplexHandler handler() {
        return new Handler();
    }

    private final class Customizer implements NettyClientCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyClientCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(Handler.class) == null) {
                channel.pipeline().addLast(handler());
            }
        }
    }

    /** Outbound it sees requests before the codec encodes them; inbound it sees each answer's end. */
    private final class Handler extends ChannelDuplexHandler {

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof HttpRequest request) {
                String issued = request.headers().get(ISSUED);
                if (issued != null) {
                    request.headers().remove(ISSUED);
                    waited(issued);
                    if (ctx.channel().attr(IN_USE).getAndSet(Boolean.TRUE) == null) {
                        inUse.incrementAndGet();
                    }
                }
            }
            super.write(ctx, message, promise);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
            if (message instanceof LastHttpContent) {
                free(ctx);
            }
            super.channelRead(ctx, message);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            free(ctx);
            super.channelInactive(ctx);
        }

        private void free(ChannelHandlerContext ctx) {
            if (ctx.channel().attr(IN_USE).getAndSet(null) != null) {
                inUse.decrementAndGet();
            }
        }

        private void waited(String issued) {
            try {
                Duration waited = Duration.ofNanos(Math.max(0, System.nanoTime() - Long.parseLong(issued)));
                observers.forEach(observer -> observer.waitedForConnection(waited));
            } catch (NumberFormatException notOurs) {
                // Only markIssued writes this header; anything else is dropped unmeasured.
            }
        }
    }
}
