package io.zoomoauth.adapters.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real database server that a test controls, to cut the database off from one
 * application without touching the server other tests share.
 * <ul>
 *   <li>{@link #freeze()}: like {@code SIGSTOP} of the server: connections stay open and new ones are accepted,
 *       but not a byte moves in either direction, so clients hang until their own timeouts.</li>
 *   <li>{@link #kill()}: like a crashed server: every connection is closed and new ones are refused.</li>
 *   <li>{@link #resume()}: bytes flow again (frozen connections resume; after a kill, new connections work).</li>
 * </ul>
 */
public final class TcpRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile ServerSocket listener;
    private volatile boolean frozen;
    private volatile boolean closed;

    private TcpRelay(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** A relay to the server of {@code database} (a {@code jdbc:mysql://host:port/…} URL). */
    public static TcpRelay before(JdbcDatabase database) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("//([^/:]+):(\\d+)/").matcher(database.url());
        if (!m.find()) {
            throw new IllegalArgumentException("no host:port in " + database.url());
        }
        return to(m.group(1), Integer.parseInt(m.group(2)));
    }

    public static TcpRelay to(String host, int port) {
        try {
            return new TcpRelay(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relay's port on loopback (stays the same across {@link #kill()} and {@link #resume()}). */
    public int port() {
        return port;
    }

    /** {@code database}'s JDBC URL with its host and port replaced by this relay's. */
    public JdbcDatabase inFrontOf(JdbcDatabase database) {
        String url = database.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
        return new JdbcDatabase(url, database.username(), database.password(), database.driverClassName());
    }

    public void freeze() {
        frozen = true;
    }

    public void kill() {
        closeQuietly(listener);
        sockets.forEach(TcpRelay::closeQuietly);
        sockets.clear();
    }

    public void resume() {
        if (listener.isClosed() && !closed) {
            try {
                ServerSocket again = new ServerSocket();
                again.setReuseAddress(true);
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
                listener = again;
                startAccepting(again);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    private void startAccepting(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket();
                    upstream.connect(target, 5_000);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by kill() or close(), or the target refused: the client sees a dropped connection
                }
            }
        }, "tcp-relay-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    awaitThaw();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed: close the other too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-relay-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitThaw() throws InterruptedException {
        synchronized (gate) {
            while (frozen && !closed) {
                gate.wait();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        kill();
        synchronized (gate) {
            gate.notifyAll();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
