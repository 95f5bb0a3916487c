package io.zoomoauth.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the rules bite: the same rules, run on a fixture that breaks each of them on purpose
 * (package {@code badfixture}), must fail with a message that names the reason.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses BAD = new ClassFileImporter().importPackages("badfixture");
    private static final HexagonalRules RULES = new HexagonalRules("badfixture");

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("domain uses a framework", HexagonalRules::domainDependsOnTheJdkOnly, "plain Java"),
                rule("domain reads the wall clock", HexagonalRules::domainNeverReadsTheWallClock, "Clock"),
                rule("http adapter uses persistence", HexagonalRules::httpAdapterDoesNotUseThePersistenceAdapter, "ports"),
                rule("persistence uses http adapter", HexagonalRules::persistenceAdapterDoesNotUseTheHttpAdapter, "ports"),
                rule("adapter depends on the app", HexagonalRules::nothingOutsideTheAppDependsOnTheApp, "outermost"),
                rule("controller uses an adapter", HexagonalRules::controllersCallInboundPortsNeverAdapters, "in-ports"),
                rule("a Zoom client outside its adapter", HexagonalRules::declarativeZoomClientsStayInsideTheirHttpAdapterArea,
                        "bypassed"),
                rule("a store adapter without a storage boundary", HexagonalRules::everyStoreAdapterIsAStorageBoundary,
                        "503"),
                rule("packages form a cycle", HexagonalRules::noPackageCycles, "cycles"),
                rule("the app uses the fake outside demo mode", HexagonalRules::onlyDemoModeUsesTheFakeZoom, "demo"));
    }

    private static Arguments rule(String name, Function<HexagonalRules, ArchRule> rule, String reason) {
        return Arguments.of(name, rule, reason);
    }

    @Test
    void theFakeZoomRuleFlagsProductionCodeButNotDemoMode() {
        assertThatThrownBy(() -> RULES.onlyDemoModeUsesTheFakeZoom().check(BAD))
                .hasMessageContaining("badfixture.app.ProductionThing")
                .hasMessageNotContaining("badfixture.app.demo.Demo.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFailsOnTheBrokenFixture(String name, Function<HexagonalRules, ArchRule> rule, String reason) {
        assertThatThrownBy(() -> rule.apply(RULES).check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(reason);
    }
}
