package ua.zalik;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The arrows of ARCHITECTURE.md, checked on the compiled main code of every module: dialogs -> bot-core and domain;
 * rest-api -> domain; app -> everything; domain knows nothing of HTTP or Telegram; bot-core nothing of schools.
 */
class BoundaryTests {

    // the root package holds the domain's shared configuration (and the app's main, which nobody uses)
    private static final String[] DOMAIN = {"ua.zalik", "ua.zalik.kernel..", "ua.zalik.users..", "ua.zalik.school..",
            "ua.zalik.testing..", "ua.zalik.notes..", "ua.zalik.worktime..", "ua.zalik.notify..", "ua.zalik.outbox.."};
    private static final Set<String> DOMAIN_FEATURES = Set.of("users", "school", "testing", "notes", "worktime", "notify", "outbox");

    private static final JavaClasses ZALIK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ua.zalik");

    @Test
    void seesTheMainCodeOfEveryModuleSoTheRulesCannotPassOnNothing() {
        for (String module : new String[] {"ua.zalik.users", "ua.zalik.school", "ua.zalik.outbox", "ua.zalik.bot.sending",
                "ua.zalik.bot.intake", "ua.zalik.rest.auth", "ua.zalik.embedded", "ua.zalik.demo"}) {
            assertThat(ZALIK.containPackage(module)).as(module).isTrue();
        }
        assertThat(ZALIK.stream().noneMatch(c -> c.getSimpleName().matches(".+Tests"))).as("no test classes").isTrue();
    }

    @Test
    void modulesDependOnEachOtherOnlyAlongTheArrows() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("ua.zalik..")
                .layer("domain").definedBy(DOMAIN)
                .layer("bot").definedBy("ua.zalik.bot..")
                .layer("dialogs").definedBy("ua.zalik.dialogs..")
                .layer("rest").definedBy("ua.zalik.rest..")
                .layer("embedded").definedBy("ua.zalik.embedded..")
                .layer("app").definedBy(JavaClass.Predicates.resideOutsideOfPackages(
                        concat(DOMAIN, "ua.zalik.bot..", "ua.zalik.dialogs..", "ua.zalik.rest..", "ua.zalik.embedded..")))
                .whereLayer("domain").mayOnlyBeAccessedByLayers("dialogs", "rest", "app")
                .whereLayer("bot").mayOnlyBeAccessedByLayers("dialogs", "app")
                .whereLayer("dialogs").mayNotBeAccessedByAnyLayer()
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("embedded").mayOnlyBeAccessedByLayers("app")
                .withOptionalLayers(true)
                .check(ZALIK);
    }

    @Test
    void theDomainKnowsNothingOfHttpOrTelegram() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.telegram..", "org.springframework.http..")
                .check(ZALIK);
    }

    @Test
    void botCoreKnowsNothingOfSchoolsOrTests() {
        noClasses().that().resideInAPackage("ua.zalik.bot..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN)
                .check(ZALIK);
    }

    /** A domain package's sub-packages (internal, exchange, analysis...) are its own: others go through its facade. */
    @Test
    void nobodyReachesPastADomainPackagesFacade() {
        classes().that().resideInAPackage("ua.zalik..").should(new ArchCondition<>("use other domain packages only through their top-level types") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = domainFeature(target.getPackageName());
                    boolean internal = feature != null && !target.getPackageName().equals("ua.zalik." + feature);
                    if (internal && !feature.equals(domainFeature(origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(ZALIK);
    }

    /** Domain packages talk to each other through facades too: a mapper is its own package's business. */
    @Test
    void mappersAreUsedOnlyInTheirOwnPackage() {
        classes().that().haveSimpleNameEndingWith("Mapper").and().resideInAnyPackage(DOMAIN)
                .should(new ArchCondition<>("be used only inside their own package") {
                    @Override
                    public void check(JavaClass mapper, ConditionEvents events) {
                        mapper.getDirectDependenciesToSelf().stream()
                                .filter(d -> !d.getOriginClass().getPackageName().equals(mapper.getPackageName()))
                                .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                }).check(ZALIK);
    }

    private static String[] concat(String[] first, String... rest) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(rest)).toArray(String[]::new);
    }

    private static String domainFeature(String packageName) {
        if (!packageName.startsWith("ua.zalik.")) {
            return null;
        }
        String first = packageName.substring("ua.zalik.".length()).split("\\.")[0];
        return DOMAIN_FEATURES.contains(first) ? first : null;
    }
}
