package cn.studio.lifecycle;

import cn.studio.testsupport.ServiceConformanceTests;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class LifecycleServiceConformanceTest extends ServiceConformanceTests {
    @Override
    protected List<String> requiredReadinessChecks() {
        return List.of("Database connections health check", "Kafka connection health check");
    }
}
