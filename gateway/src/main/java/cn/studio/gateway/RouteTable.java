package cn.studio.gateway;

import io.vertx.core.net.SocketAddress;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides which service owns a path under {@code /api/v1/}: the longest configured prefix, segment by segment. */
public final class RouteTable {
    public static final String API_ROOT = "/api/v1/";
    /** Paths anyone may call (no token); also their own rate-limit group. */
    public static final String PUBLIC_ROOT = "/api/v1/public";

    /** Where a service listens: its base URL, and the address and host/port the proxy connects to (resolved once). */
    public record Origin(URI uri, String host, int port, SocketAddress address) {
        static Origin of(URI uri) {
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return new Origin(uri, uri.getHost(), port, SocketAddress.inetSocketAddress(port, uri.getHost()));
        }
    }

    private record Route(String prefix, String prefixSlash, Origin origin) {
    }

    /** Longest prefix first, so the first match is the owner. */
    private final Route[] routes;

    public RouteTable(Map<String, String> routes, Map<String, String> services) {
        this.routes = routes.entrySet().stream()
                .map(r -> {
                    String prefix = trim(r.getKey());
                    return new Route(prefix, prefix + "/",
                            Origin.of(URI.create(requireService(services, r.getValue(), r.getKey()))));
                })
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
                .toArray(Route[]::new);
    }

    public Optional<URI> originFor(String path) {
        return Optional.ofNullable(route(path)).map(Origin::uri);
    }

    /** The owning service of a request path, or {@code null}: called once per proxied request, so no allocation. */
    public Origin route(String path) {
        if (path == null || !path.startsWith(API_ROOT)) {
            return null;
        }
        int from = API_ROOT.length();
        int rest = path.length() - from;
        for (Route r : routes) {
            String prefix = r.prefix();
            if (rest == prefix.length() ? path.startsWith(prefix, from) : path.startsWith(r.prefixSlash(), from)) {
                return r.origin();
            }
        }
        return null;
    }

    private static String requireService(Map<String, String> services, String name, String prefix) {
        String url = services.get(name);
        if (url == null) {
            throw new IllegalStateException("route " + prefix + " names unknown service " + name);
        }
        return url;
    }

    private static String trim(String prefix) {
        String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
