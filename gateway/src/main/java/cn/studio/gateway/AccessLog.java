package cn.studio.gateway;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gateway's access log: one line per request, on standard output beside the other log lines and in their
 * format ({@code time level [request id] [category] (thread) message}), with the fields Quarkus's access log had:
 * {@code remote-host "request-line" status body-bytes duration ms rid=request-id}.
 * <p>
 * Lines are buffered per event loop and written together, at the latest {@code flush-interval} after the first one
 * (as nginx's {@code access_log ... buffer=64k flush=1s}): Quarkus's access log wrote and flushed each line on the
 * event loop under the console handler's lock, a write system call and lock contention per request.
 */
@ApplicationScoped
public class AccessLog {
    private static final String PREFIX_LEVEL = " INFO  [";
    private static final String CATEGORY = "] [io.qu.ht.access-log] (";
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.").withZone(ZoneId.systemDefault());

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private final ThreadLocal<LineBuffer> buffers = ThreadLocal.withInitial(this::newBuffer);
    private final Queue<LineBuffer> all = new ConcurrentLinkedQueue<>();
    private final PrintStream out = System.out;
    private volatile Stamp stamp = new Stamp(-1, "");

    private record Stamp(long second, String text) {
    }

    boolean enabled() {
        return config.accessLog().enabled();
    }

    /** Called when a request begins: its line is written when the response has been sent (or the caller left). */
    void begin(RoutingContext ctx, String requestId) {
        long start = System.nanoTime();
        ctx.addEndHandler(ar -> write(ctx, requestId, start));
    }

    private void write(RoutingContext ctx, String requestId, long startNanos) {
        long now = System.currentTimeMillis();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        HttpServerRequest request = ctx.request();
        LineBuffer buffer = Context.isOnEventLoopThread() ? buffers.get() : null;
        StringBuilder line = buffer != null ? buffer.text : new StringBuilder(256);
        synchronized (line) {
            timestamp(line, now);
            line.append(PREFIX_LEVEL).append(requestId).append(CATEGORY).append(Thread.currentThread().getName()).append(") ");
            SocketAddress remote = request.remoteAddress();
            line.append(remote == null ? "-" : remote.hostAddress()).append(" \"")
                    .append(request.method().name()).append(' ').append(request.uri()).append(' ')
                    .append(version(request)).append("\" ")
                    .append(ctx.response().getStatusCode()).append(' ');
            long bytes = ctx.response().bytesWritten();
            if (bytes > 0) {
                line.append(bytes);
            } else {
                line.append('-');
            }
            line.append(' ').append(millis).append(" ms rid=").append(requestId).append('\n');
        }
        if (buffer == null) {
            emit(line);
        } else {
            buffer.appended();
        }
    }

    private void timestamp(StringBuilder line, long now) {
        long second = now / 1000;
        Stamp current = stamp;
        if (current.second() != second) {
            current = new Stamp(second, SECOND.format(Instant.ofEpochSecond(second)));
            stamp = current;
        }
        int ms = (int) (now % 1000);
        line.append(current.text()).append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10))
                .append((char) ('0' + ms % 10));
    }

    private static String version(HttpServerRequest request) {
        return switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2.0";
        };
    }

    private void emit(StringBuilder text) {
        byte[] bytes;
        synchronized (text) {
            if (text.length() == 0) {
                return;
            }
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
        }
        synchronized (out) {
            out.write(bytes, 0, bytes.length);
            out.flush();
        }
    }

    private LineBuffer newBuffer() {
        LineBuffer buffer = new LineBuffer();
        all.add(buffer);
        return buffer;
    }

    void flushAll(@Observes ShutdownEvent event) {
        all.forEach(b -> emit(b.text));
    }

    /** One event loop's pending lines; only that event loop appends, the timer it arms runs on it too. */
    private final class LineBuffer {
        final StringBuilder text = new StringBuilder(64 * 1024);
        boolean timerArmed;

        void appended() {
            if (text.length() >= config.accessLog().bufferSize()) {
                emit(text);
            } else if (!timerArmed) {
                timerArmed = true;
                vertx.setTimer(config.accessLog().flushInterval().toMillis(), id -> {
                    timerArmed = false;
                    emit(text);
                });
            }
        }
    }
}
