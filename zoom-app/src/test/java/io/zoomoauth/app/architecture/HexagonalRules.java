package io.zoomoauth.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The dependency rules of the hexagon, written against a root package so that the same rules can be run
 * on a deliberately broken fixture (see ArchitectureRulesCatchViolationsTest) and shown to fail.
 * Every rule says why it exists; a failure prints that reason.
 */
final class HexagonalRules {

    private final String root;

    HexagonalRules(String root) {
        this.root = root;
    }

    private String pkg(String sub) {
        return root + "." + sub + "..";
    }

    ArchRule domainDependsOnTheJdkOnly() {
        return classes().that().resideInAPackage(pkg("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("domain"))
                .because("the domain holds Zoom's token rules and must stay plain Java: no Micronaut, Jakarta, "
                        + "Jackson or JDBC, so it can be tested alone and the framework can change around it");
    }

    ArchRule domainNeverReadsTheWallClock() {
        return noClasses().that().resideInAPackage(pkg("domain"))
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("expiry and skew rules are only testable at their exact boundaries when time comes "
                        + "from an injected java.time.Clock");
    }

    ArchRule httpAdapterDoesNotUseThePersistenceAdapter() {
        return noClasses().that().resideInAPackage(pkg("adapters.http"))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapters.persistence"))
                .because("adapters talk to each other only through the domain's ports");
    }

    ArchRule persistenceAdapterDoesNotUseTheHttpAdapter() {
        return noClasses().that().resideInAPackage(pkg("adapters.persistence"))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapters.http"))
                .because("adapters talk to each other only through the domain's ports");
    }

    ArchRule nothingOutsideTheAppDependsOnTheApp() {
        return noClasses().that().resideOutsideOfPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAPackage(pkg("app"))
                .because("the app is the outermost ring: it wires everything and nothing may reach back into it");
    }

    ArchRule controllersCallInboundPortsNeverAdapters() {
        return noClasses().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .should().dependOnClassesThat().resideInAPackage(pkg("adapters"))
                .orShould().dependOnClassesThat(outPortsOrServicesOf(root + ".domain"))
                .because("controllers speak to the domain through its use-case interfaces (in-ports); adapters, "
                        + "out-ports and use-case implementations are wiring details of the factory");
    }

    ArchRule onlyDemoModeUsesTheFakeZoom() {
        return noClasses().that().resideOutsideOfPackages(pkg("app.demo"), pkg("fake"))
                .should().dependOnClassesThat().resideInAPackage(pkg("fake"))
                .because("the fake Zoom ships in the jar for demo mode only: outside package app.demo nothing may "
                        + "reach it, so a normal start never loads it and no production path can talk to it");
    }

    ArchRule declarativeZoomClientsStayInsideTheirHttpAdapterArea() {
        return classes().that().areInterfaces().and().areNotAnnotations()
                .and().areMetaAnnotatedWith("io.micronaut.http.client.annotation.Client")
                .should().resideInAPackage(pkg("adapters.http")).andShould().notBePublic()
                .because("a declarative Zoom client is a detail of its API area's adapter: only that adapter may call "
                        + "it, so the token, retry and error rules of the adapter cannot be bypassed");
    }

    ArchRule everyStoreAdapterIsAStorageBoundary() {
        return classes().that().resideInAPackage(pkg("adapters.persistence")).and().haveSimpleNameEndingWith("Adapter")
                .and().areNotInterfaces()
                .should().beAnnotatedWith(root + ".adapters.persistence.jdbc.StorageBoundary")
                .because("every failure to reach the database must leave a store adapter as one exception type, so "
                        + "that it answers a fast 503 storage_unavailable and never a 500 with the driver's text");
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("cycles between packages make the rings meaningless and every change ripple");
    }

    /** Out-ports (…Port, …Store) and use-case implementations (…Service) of the domain. */
    private static DescribedPredicate<JavaClass> outPortsOrServicesOf(String domainPackage) {
        return DescribedPredicate.describe("are domain out-ports or use-case implementations",
                c -> c.getPackageName().startsWith(domainPackage)
                        && (c.getSimpleName().endsWith("Port") || c.getSimpleName().endsWith("Store")
                        || c.getSimpleName().endsWith("Service")));
    }
}
