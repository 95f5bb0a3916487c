package io.zoomoauth.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules on the real code (main classes of all four modules, no test fixtures). */
class ArchitectureTest {

    private static JavaClasses classes;
    private static final HexagonalRules RULES = new HexagonalRules("io.zoomoauth");

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.zoomoauth");
        // Guard against rules that check nothing: every ring must actually be on the classpath.
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("io.zoomoauth.domain"))
                .anyMatch(p -> p.startsWith("io.zoomoauth.adapters.http"))
                .anyMatch(p -> p.equals("io.zoomoauth.adapters.http.webinars"))
                .anyMatch(p -> p.equals("io.zoomoauth.domain.listings"))
                .anyMatch(p -> p.startsWith("io.zoomoauth.adapters.persistence"))
                .anyMatch(p -> p.startsWith("io.zoomoauth.app"))
                .anyMatch(p -> p.startsWith("io.zoomoauth.app.demo"))
                .anyMatch(p -> p.startsWith("io.zoomoauth.fake"))
                // the proxy and Idempotency-Key packages (issue 11) are held to the same rules
                .anyMatch(p -> p.equals("io.zoomoauth.domain.proxy"))
                .anyMatch(p -> p.equals("io.zoomoauth.domain.idempotency"))
                .anyMatch(p -> p.equals("io.zoomoauth.adapters.http.proxy"))
                .anyMatch(p -> p.equals("io.zoomoauth.adapters.persistence.idempotency"));
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        RULES.domainDependsOnTheJdkOnly().check(classes);
    }

    @Test
    void domainNeverReadsTheWallClock() {
        RULES.domainNeverReadsTheWallClock().check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        RULES.httpAdapterDoesNotUseThePersistenceAdapter().check(classes);
        RULES.persistenceAdapterDoesNotUseTheHttpAdapter().check(classes);
    }

    @Test
    void nothingOutsideTheAppDependsOnTheApp() {
        RULES.nothingOutsideTheAppDependsOnTheApp().check(classes);
    }

    @Test
    void controllersCallInboundPortsNeverAdapters() {
        RULES.controllersCallInboundPortsNeverAdapters().check(classes);
    }

    @Test
    void onlyDemoModeUsesTheFakeZoom() {
        RULES.onlyDemoModeUsesTheFakeZoom().check(classes);
    }

    @Test
    void declarativeZoomClientsStayInsideTheirHttpAdapterArea() {
        RULES.declarativeZoomClientsStayInsideTheirHttpAdapterArea().check(classes);
    }

    @Test
    void everyStoreAdapterIsAStorageBoundary() {
        RULES.everyStoreAdapterIsAStorageBoundary().check(classes);
    }

    @Test
    void noPackageCycles() {
        RULES.noPackageCycles().check(classes);
    }
}
