package org.safeguardinghub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    /** Set to rewrite {@code docs/modules.md} from the code instead of failing when it differs. */
    private static final String WRITE_DIAGRAM = "hub.writeModuleDiagram";
    private static final Path DIAGRAM = Path.of("docs", "modules.md");
    private static final String API = "api";

    private final ApplicationModules modules = ApplicationModules.of(HubApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theBusinessCapabilitiesAreModules() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder(
                "access", "accounts", "actions", "audit", "calendar", "demo", "exports", "govuk", "infrastructure",
                "learning", "meetings", "notifications", "partnership", "plans", "reviews", "risks", "rules",
                "scrutiny", "search");
    }

    /**
     * A module says in its {@code package-info.java} which modules it uses, and uses each through the
     * API that module declares ({@code @NamedInterface("api")} on the types others may call): {@code
     * verify()} then refuses a reach to any other type, public or not. Naming a module without
     * {@code ::api} would let in all its public types, so it is allowed only for a module that has
     * not declared its API.
     */
    @Test
    void everyModuleDeclaresWhatItUsesAndUsesOnlyTheirApis() throws Exception {
        var problems = new ArrayList<String>();
        for (var module : modules) {
            var info = Class.forName(module.getBasePackage().getName() + ".package-info");
            var declared = info.getAnnotation(ApplicationModule.class);
            if (declared == null || Arrays.equals(declared.allowedDependencies(), new String[] {ApplicationModule.OPEN_TOKEN})) {
                problems.add(module.getIdentifier() + " does not declare allowedDependencies");
                continue;
            }
            for (var dependency : declared.allowedDependencies()) {
                var parts = dependency.split("::");
                var target = modules.getModuleByName(parts[0]).orElseThrow();
                var targetHasApi = target.getNamedInterfaces().getByName(API).isPresent();
                if (targetHasApi && (parts.length == 1 || !parts[1].equals(API))) {
                    problems.add(module.getIdentifier() + " uses " + dependency + " instead of " + parts[0] + "::api");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Every module another module uses says what it may call; modules nobody uses need no API. */
    @Test
    void everyModuleThatOthersUseDeclaresItsApi() {
        var undeclared = new TreeSet<String>();
        modules.forEach(module -> module.getDirectDependencies(modules).uniqueModules()
                .filter(target -> target.getNamedInterfaces().getByName(API).isEmpty())
                .forEach(target -> undeclared.add(target.getIdentifier().toString())));
        assertThat(undeclared).isEmpty();
    }

    /** The declaration bites: a module that reaches past the accounts API is refused by verify(), and its use of the API is not. */
    @Test
    void aReachPastADeclaredApiIsRefused() {
        ImportOption mainCodeAndTheFixture = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                || location.contains("/org/safeguardinghub/reachpast/");
        var withFixture = ApplicationModules.of(HubApplication.class, mainCodeAndTheFixture);

        var messages = withFixture.detectViolations().getMessages();

        var fixture = "org.safeguardinghub.reachpast.ReachesPastTheApi -> ";
        assertThat(messages).anyMatch(m -> m.contains(fixture + "org.safeguardinghub.accounts.AuthenticatorCodes"));
        assertThat(messages).noneMatch(m -> m.contains(fixture + "org.safeguardinghub.accounts.Accounts."));
        assertThat(messages).allMatch(m -> m.contains("reachpast"));
    }

    /** Reading minutes needs nothing from the rest of the Hub, so the dry-run import runs without it. */
    @Test
    void minutesExtractionUsesNothingElseFromTheHub() {
        var classes = new ClassFileImporter().importPackages("org.safeguardinghub");
        noClasses().that().resideInAPackage("org.safeguardinghub.meetings.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .orShould().dependOnClassesThat(resideInAPackage("org.safeguardinghub..")
                        .and(not(resideInAPackage("org.safeguardinghub.meetings.extraction.."))))
                .check(classes);
    }

    /**
     * The module diagram in the docs is the one the code has: Mermaid, which renders where the docs
     * are read, sorted so that it only changes when the dependencies do. Run with {@code
     * -Dhub.writeModuleDiagram=true} to rewrite it after changing a dependency.
     */
    @Test
    void theModuleDiagramInTheDocsIsTheCodes() throws Exception {
        var edges = new TreeSet<String>();
        modules.forEach(module -> edges.add("  " + module.getIdentifier()));
        modules.forEach(module -> module.getDirectDependencies(modules).uniqueModules()
                .forEach(target -> edges.add("  " + module.getIdentifier() + " --> " + target.getIdentifier())));
        var text = new StringBuilder("# Modules\n\nWritten by `ModularityTests` from the code; do not edit by hand.\n\n```mermaid\ngraph TD\n");
        edges.forEach(edge -> text.append(edge).append("\n"));
        text.append("```\n");

        assertThat(text).contains("partnership --> audit", "accounts --> partnership");
        if (Boolean.getBoolean(WRITE_DIAGRAM)) {
            Files.writeString(DIAGRAM, text);
        }
        assertThat(Files.readString(DIAGRAM))
                .as("%s differs from the modules in the code: run ./mvnw -o test -Dtest=ModularityTests -D%s=true and commit it",
                        DIAGRAM, WRITE_DIAGRAM)
                .isEqualTo(text.toString());
    }
}
