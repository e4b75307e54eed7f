package org.safeguardinghub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HubApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theBusinessCapabilitiesAreModules() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("partnership", "accounts", "access", "audit", "notifications", "infrastructure", "meetings");
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
     * Writes the module diagram as Mermaid, which renders where the docs are read, sorted so that
     * it only changes when the dependencies do.
     */
    @Test
    void writesTheModuleDiagramIntoTheDocs() throws Exception {
        var edges = new java.util.TreeSet<String>();
        modules.forEach(module -> edges.add("  " + module.getIdentifier()));
        modules.forEach(module -> module.getDirectDependencies(modules).uniqueModules()
                .forEach(target -> edges.add("  " + module.getIdentifier() + " --> " + target.getIdentifier())));
        var text = new StringBuilder("# Modules\n\nWritten by `ModularityTests` from the code; do not edit by hand.\n\n```mermaid\ngraph TD\n");
        edges.forEach(edge -> text.append(edge).append("\n"));
        text.append("```\n");
        Files.writeString(Path.of("docs", "modules.md"), text);
        assertThat(text).contains("partnership --> audit", "accounts --> partnership");
    }
}
