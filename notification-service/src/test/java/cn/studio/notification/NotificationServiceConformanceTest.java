package cn.studio.notification;

import cn.studio.testsupport.ServiceConformanceTests;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class NotificationServiceConformanceTest extends ServiceConformanceTests {
    @Override
    protected List<String> requiredReadinessChecks() {
        return List.of("Database connections health check", "Kafka connection health check");
    }

    @Override
    protected String adminBearer() {
        return "Bearer " + cn.studio.testsupport.TestServers.keycloakToken("admin1");
    }
}
