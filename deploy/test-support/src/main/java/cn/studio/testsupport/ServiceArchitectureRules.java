package cn.studio.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every application of the suite keeps, checked on its main classes: extend it in a plain JUnit test of the
 * module and name the module's root package. A module without classes yet passes (review and lifecycle inherit the
 * rules before their first class).
 */
public abstract class ServiceArchitectureRules {
    /** The root package of each application: none may import another's. */
    public static final List<String> APPLICATIONS = List.of("cn.studio.application", "cn.studio.review",
            "cn.studio.lifecycle", "cn.studio.notification", "cn.studio.gateway");

    private JavaClasses classes;

    /** The module's root package, e.g. {@code cn.studio.application}. */
    protected abstract String rootPackage();

    private JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages(rootPackage());
        }
        return classes;
    }

    @Test
    void importsNoOtherApplication() {
        String[] others = APPLICATIONS.stream().filter(p -> !p.equals(rootPackage())).map(p -> p + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("applications talk only through REST and Kafka; what they share lives in platform/")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void resourcesTouchNoPersistence() {
        noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..",
                        "io.agroal..", "org.hibernate..")
                .because("a resource is HTTP in and out; a service or a store holds the queries and the transaction")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void onlyPlatformTalksToKafka() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                        "io.smallrye.reactive.messaging.kafka..")
                .because("events go out through platform's outbox and come in through platform's inbox")
                .allowEmptyShould(true).check(classes());
    }
}
