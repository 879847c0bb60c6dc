package cn.studio.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port checks that name the server that wanted the port, instead of a bind exception deep in its log. */
public final class Ports {
    private Ports() {
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /**
     * A port nobody listens on right now (for tests, which must not collide with a running local stack). It is taken
     * below the kernel's ephemeral range (32768 and up), so outgoing connections cannot grab it before the server binds.
     */
    public static synchronized int free() {
        for (int i = 0; i < 200; i++) {
            int port = 20000 + RANDOM.nextInt(12000);
            if (port == 27017 || port == 25565) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (!TAKEN.add(port)) {
                    continue;
                }
                return port;
            } catch (IOException e) {
                // in use: try another
            }
        }
        throw new StackException("no free port on 127.0.0.1 between 20000 and 32000");
    }

    /** Ports already handed out by this JVM, so two servers never get the same one. */
    private static final java.util.Set<Integer> TAKEN = new java.util.HashSet<>();

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
