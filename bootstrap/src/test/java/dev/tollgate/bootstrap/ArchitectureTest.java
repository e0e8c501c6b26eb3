package dev.tollgate.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of STYLE.md section 7, checked on the main classes of every module. */
@AnalyzeClasses(packages = "dev.tollgate", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test-jars of other modules (fakes, harnesses) are not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    private static final String GENERATED_JOOQ = "dev.tollgate.adapters.persistence.generated..";
    private static final String GENERATED_PROTO = "dev.tollgate.adapters.xray.proto..";
    /** The HTTP transport the two X-UI family packages share; for them, fenced off for everyone else. */
    private static final String PANEL_HTTP = "dev.tollgate.adapters.panelhttp..";
    /** The Telegram adapter's own packages (runtime, routing, screens, views): public to each other, fenced off. */
    private static final String TELEGRAM_INSIDE = "dev.tollgate.adapters.telegram.*..";

    @ArchTest
    static final ArchRule domain_depends_only_on_jdk = classes().that().resideInAPackage("dev.tollgate.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.tollgate.domain..", "java..");

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_jdk = classes().that()
            .resideInAPackage("dev.tollgate.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.tollgate.application..", "dev.tollgate.domain..", "java..");

    @ArchTest
    static final ArchRule hexagon_is_respected = onionArchitecture()
            .domainModels("dev.tollgate.domain..")
            .domainServices("dev.tollgate.application.port..")
            .applicationServices("dev.tollgate.application.service..")
            .adapter("telegram", "dev.tollgate.adapters.telegram..")
            .adapter("http-panels", "dev.tollgate.adapters.sui..", "dev.tollgate.adapters.threexui..", PANEL_HTTP,
                    "dev.tollgate.adapters.httppanels..")
            .adapter("xray", "dev.tollgate.adapters.xray..")
            .adapter("persistence", "dev.tollgate.adapters.persistence..")
            // bootstrap is the composition root outside the onion: it may see every layer.
            .ignoreDependency(resideInAPackage("dev.tollgate.bootstrap.."), alwaysTrue());

    @ArchTest
    static final ArchRule core_is_framework_free = noClasses().that()
            .resideInAnyPackage("dev.tollgate.domain..", "dev.tollgate.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google..", "jakarta..", "javax.inject..",
                    "org.jooq..", "org.telegram..", "io.grpc..", "com.fasterxml..", "org.slf4j..", "org.apache..",
                    "io.github.resilience4j..", "org.flywaydb..");

    @ArchTest
    static final ArchRule adapters_use_ports_not_services = noClasses().that().resideInAPackage("dev.tollgate.adapters..")
            .should().dependOnClassesThat().resideInAPackage("dev.tollgate.application.service..");

    @ArchTest
    static final ArchRule only_modules_are_public_in_adapters = classes().that().resideInAPackage("dev.tollgate.adapters..")
            .and(not(resideInAPackage(GENERATED_JOOQ))).and(not(resideInAPackage(GENERATED_PROTO)))
            .and(not(resideInAPackage(PANEL_HTTP))).and(not(resideInAPackage(TELEGRAM_INSIDE)))
            .and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Module").orShould().haveSimpleNameEndingWith("Settings");

    /** Siblings: each HTTP panel family sees only the shared transport, never the other family. */
    @ArchTest
    static final ArchRule sui_and_threexui_do_not_depend_on_each_other = com.tngtech.archunit.library.dependencies
            .SlicesRuleDefinition.slices().matching("dev.tollgate.adapters.(sui|threexui)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule telegram_screens_never_touch_the_bot_api = noClasses().that()
            .resideInAnyPackage("dev.tollgate.adapters.telegram.user..", "dev.tollgate.adapters.telegram.admin..",
                    "dev.tollgate.adapters.telegram.routing..", "dev.tollgate.adapters.telegram.view..")
            .should().dependOnClassesThat().resideInAPackage("org.telegram..");

    @ArchTest
    static final ArchRule telegram_adapter_internals_are_used_only_inside_it = classes().that()
            .resideInAPackage(TELEGRAM_INSIDE)
            .should().onlyBeAccessed().byAnyPackage("dev.tollgate.adapters.telegram..");

    @ArchTest
    static final ArchRule only_the_telegram_runtime_reads_telegram_updates = noClasses().that()
            .resideOutsideOfPackage("dev.tollgate.adapters.telegram.runtime..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.telegram.telegrambots.meta.api.objects.Update");

    @ArchTest
    static final ArchRule shared_panel_http_is_used_only_by_the_http_panel_adapters = classes()
            .that().resideInAPackage(PANEL_HTTP)
            .should().onlyBeAccessed().byAnyPackage(PANEL_HTTP, "dev.tollgate.adapters.sui..", "dev.tollgate.adapters.threexui..",
                    "dev.tollgate.adapters.httppanels..");

    @ArchTest
    static final ArchRule http_front_calls_only_inbound_ports = classes()
            .that().resideInAPackage("dev.tollgate.bootstrap.http..")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "dev.tollgate.bootstrap.http..", "dev.tollgate.application.port.in..", "dev.tollgate.domain..",
                    "java..", "javax..", "org.eclipse.jetty..", "io.micrometer..", "com.fasterxml.jackson..",
                    "com.google.zxing..", "com.google.inject..", "org.slf4j..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                            dev.tollgate.application.port.out.LifecycleService.class)));

    @ArchTest
    static final ArchRule adapter_implementations_are_package_private = classes().that()
            .resideInAPackage("dev.tollgate.adapters..").and().haveSimpleNameStartingWith("Jooq")
            .should().notBePublic();

    @ArchTest
    static final ArchRule core_reads_time_only_from_injected_clock = noClasses().that()
            .resideInAnyPackage("dev.tollgate.domain..", "dev.tollgate.application..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callConstructor(java.util.Date.class);

    @ArchTest
    static final ArchRule no_classes_ending_with_impl = noClasses().that().resideInAPackage("dev.tollgate..")
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper");

    @ArchTest
    static final ArchRule domain_packages_are_free_of_cycles = slices().matching("dev.tollgate.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule application_features_are_free_of_cycles = slices()
            .matching("dev.tollgate.application.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shared_service_helpers_depend_on_no_feature = noClasses().that()
            .resideInAPackage("dev.tollgate.application.service.common..").should()
            .dependOnClassesThat(resideInAPackage("dev.tollgate.application.service..")
                    .and(not(resideInAPackage("dev.tollgate.application.service.common.."))));

    @ArchTest
    static final ArchRule outbound_ports_never_use_inbound_port_types = noClasses().that()
            .resideInAPackage("dev.tollgate.application.port.out..").should().dependOnClassesThat()
            .resideInAPackage("dev.tollgate.application.port.in..");

    @ArchTest
    static final ArchRule services_never_call_another_service_directly = noClasses().that()
            .resideInAPackage("dev.tollgate.application.service..").and().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat(resideInAPackage("dev.tollgate.application.service..")
                    .and(simpleNameEndingWith("Service")));

    @ArchTest
    static final ArchRule bootstrap_packages_are_free_of_cycles = slices()
            .matching("dev.tollgate.bootstrap.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule bootstrap_calls_use_cases_only_from_its_http_jobs_and_operations_packages = noClasses().that()
            .resideInAPackage("dev.tollgate.bootstrap..")
            .and().resideOutsideOfPackages("dev.tollgate.bootstrap.http..", "dev.tollgate.bootstrap.jobs..",
                    "dev.tollgate.bootstrap.operations..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    resideInAPackage("dev.tollgate.application.port.in.."))));

    @ArchTest
    static final ArchRule the_configuration_knows_nothing_of_wiring_jobs_or_operations = noClasses().that()
            .resideInAPackage("dev.tollgate.bootstrap.config..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.tollgate.bootstrap.wiring..", "dev.tollgate.bootstrap.jobs..",
                    "dev.tollgate.bootstrap.operations..");

    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule aggregates_are_final = classes().that().resideInAPackage("dev.tollgate.domain..")
            .and().areNotEnums().and().areNotInterfaces().and().areTopLevelClasses().and().areNotRecords()
            .should().haveModifier(JavaModifier.FINAL);
}
