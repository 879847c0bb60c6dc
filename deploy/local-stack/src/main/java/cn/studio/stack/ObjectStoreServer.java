package cn.studio.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible object store (S3Proxy over a folder) as its own process. It checks request signatures, so a
 * client with the wrong secret is refused as MinIO would refuse it. The services only speak S3 to it.
 */
public final class ObjectStoreServer implements AutoCloseable {
    public static final String DEFAULT_ACCESS_KEY = "studio-local";
    public static final String DEFAULT_SECRET_KEY = "studio-local-secret";
    private final ManagedProcess process;
    private final int port;
    private final Path baseDir;

    private ObjectStoreServer(ManagedProcess process, int port, Path baseDir) {
        this.process = process;
        this.port = port;
        this.baseDir = baseDir;
    }

    public static ObjectStoreServer start(SuiteLayout layout, Path dataDir, int port, Path logDir, PidFiles pidFiles) {
        Ports.requireFree(port, "object store (S3Proxy)");
        try {
            Path baseDir = dataDir.resolve("buckets");
            Files.createDirectories(baseDir);
            Path conf = dataDir.resolve("s3proxy.conf");
            Files.writeString(conf, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + DEFAULT_ACCESS_KEY,
                    "s3proxy.credential=" + DEFAULT_SECRET_KEY,
                    "s3proxy.cors-allow-all=true",
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + baseDir,
                    ""));
            ManagedProcess process = ManagedProcess.start("object-store", List.of(Java.executable(), "-Xmx192m",
                    "-jar", layout.s3proxyJar().toString(), "--properties", conf.toString()),
                    Map.of(), dataDir, logDir.resolve("object-store.log"), pidFiles);
            process.awaitReady(() -> Waits.portOpen(port), Duration.ofSeconds(60));
            return new ObjectStoreServer(process, port, baseDir);
        } catch (IOException e) {
            throw new StackException("object store could not be configured: " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** S3Proxy's filesystem provider keeps a bucket as a folder; the services create theirs through S3 as well. */
    public void ensureBuckets(List<String> buckets) {
        for (String bucket : buckets) {
            try {
                Files.createDirectories(baseDir.resolve(bucket));
            } catch (IOException e) {
                throw new StackException("cannot create bucket " + bucket, e);
            }
        }
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
