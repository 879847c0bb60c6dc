package cn.studio.lifecycle;

import cn.studio.testsupport.StudioTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every test of this module runs against real PostgreSQL, Kafka and the S3 store from deploy/local-stack, and a test OIDC issuer. */
@QuarkusTestResource(value = StudioTestResource.class, restrictToAnnotatedClass = false,
        initArgs = {@ResourceArg(name = "database", value = "lifecycle"), @ResourceArg(name = "objectStore", value = "true")})
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public class TestServersConfig {
}
