package cn.studio.stack;

import java.nio.file.Path;

/** The Java runtime this JVM runs on; every server process uses the same one. */
final class Java {
    private Java() {
    }

    static String executable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String home() {
        return System.getProperty("java.home");
    }
}
