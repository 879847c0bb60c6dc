package cn.studio.stack;

/** Every port the local stack listens on (all on 127.0.0.1). */
public record StackPorts(int gateway, int application, int review, int lifecycle, int notification, int keycloak,
                         int postgres, int kafka, int kafkaController, int objectStore, int smtp, int imap, int mailHttp,
                         int sms) {

    /** The documented ports of the local stack. */
    public static StackPorts defaults() {
        return new StackPorts(8080, 8081, 8082, 8083, 8084, 8180, 15432, 9092, 9093, 9000, 2525, 1143, 8025, 8026);
    }

    /** Free ports, for tests that must not collide with a running local stack. */
    public static StackPorts random() {
        int keycloak = Ports.free();
        while (!portPairFree(keycloak)) {
            keycloak = Ports.free();
        }
        return new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), keycloak,
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    private static boolean portPairFree(int port) {
        return port < 65535 && !Waits.portOpen(port + 1);
    }
}
