package io.zoomoauth.adapters.http.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Ports for transport-failure tests: one nobody listens on, one whose accept queue is full. */
final class TestPorts {

    private TestPorts() {
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A listening socket that never accepts, its backlog filled: Linux then drops further SYNs, so a new
     * connection neither succeeds nor is refused — it hangs until the client's connect timeout.
     */
    static Unaccepting unaccepting() throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
                fillers.add(filler);
            } catch (IOException queueFull) {
                filler.close();
                break;
            }
        }
        return new Unaccepting(server, fillers);
    }

    record Unaccepting(ServerSocket server, List<Socket> fillers) implements AutoCloseable {
        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (Socket filler : fillers) {
                filler.close();
            }
            server.close();
        }
    }
}
