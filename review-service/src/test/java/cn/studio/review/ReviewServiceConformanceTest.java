package cn.studio.review;

import cn.studio.testsupport.ServiceConformanceTests;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class ReviewServiceConformanceTest extends ServiceConformanceTests {
    @Override
    protected List<String> requiredReadinessChecks() {
        return List.of("Database connections health check", "Kafka connection health check");
    }
}
