package cn.studio.gateway;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides which service owns a path under {@code /api/v1/}: the longest configured prefix, segment by segment. */
public final class RouteTable {
    public static final String API_ROOT = "/api/v1/";
    private final List<Map.Entry<String, URI>> routes;

    public RouteTable(Map<String, String> routes, Map<String, String> services) {
        this.routes = routes.entrySet().stream()
                .map(r -> Map.entry(trim(r.getKey()), URI.create(requireService(services, r.getValue(), r.getKey()))))
                .sorted(Comparator.comparingInt((Map.Entry<String, URI> e) -> e.getKey().length()).reversed())
                .toList();
    }

    public Optional<URI> originFor(String path) {
        if (path == null || !path.startsWith(API_ROOT)) {
            return Optional.empty();
        }
        String rest = path.substring(API_ROOT.length());
        return routes.stream()
                .filter(r -> rest.equals(r.getKey()) || rest.startsWith(r.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
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
