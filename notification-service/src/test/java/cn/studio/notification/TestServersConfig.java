package cn.studio.notification;

import cn.studio.testsupport.StudioTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against real PostgreSQL and Kafka, real Keycloak (token issuer and user directory),
 * a real SMTP server and the SMS sink, all from deploy/local-stack.
 */
@QuarkusTestResource(value = StudioTestResource.class, restrictToAnnotatedClass = false,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "notifications", value = "true")})
public class TestServersConfig {
}
