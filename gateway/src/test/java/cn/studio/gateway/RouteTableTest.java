package cn.studio.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTableTest {
    private final RouteTable table = new RouteTable(
            Map.of("applications", "app", "public", "life", "public/campaigns", "app", "studios", "life"),
            Map.of("app", "http://127.0.0.1:8081", "life", "http://127.0.0.1:8083"));

    @Test
    void longestPrefixWins() {
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8081")), table.originFor("/api/v1/public/campaigns/7"));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8083")), table.originFor("/api/v1/public/register"));
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertEquals(Optional.empty(), table.originFor("/api/v1/applicationsX"));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8081")), table.originFor("/api/v1/applications"));
    }

    @Test
    void pathsOutsideTheApiAreNotRouted() {
        assertEquals(Optional.empty(), table.originFor("/q/health"));
        assertEquals(Optional.empty(), table.originFor("/api/v2/applications"));
    }

    @Test
    void aRouteToAnUnknownServiceIsAConfigurationError() {
        assertThrows(IllegalStateException.class, () -> new RouteTable(Map.of("x", "nope"), Map.of()));
    }
}
