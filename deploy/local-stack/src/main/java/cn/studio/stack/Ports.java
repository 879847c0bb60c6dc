package cn.studio.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port checks that name the server that wanted the port, instead of a bind exception deep in its log. */
public final class Ports {
    private Ports() {
    }

    /** A port nobody listens on right now (for tests, which must not collide with a running local stack). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("no free port on 127.0.0.1", e);
        }
    }

    public static void requireFree(int port, String server) {
        if (Waits.portOpen(port)) {
            throw new PortTakenException(port, server);
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new PortTakenException(port, server);
        }
    }

    public static final class PortTakenException extends StackException {
        public PortTakenException(int port, String server) {
            super("端口 " + port + " 已被占用，" + server + " 无法启动 (port " + port + " is already in use; "
                    + server + " needs it). Stop whatever listens there (e.g. `ss -ltnp 'sport = :" + port
                    + "'`) or choose another port.");
        }
    }
}
