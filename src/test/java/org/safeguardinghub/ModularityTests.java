package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HubApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theBusinessCapabilitiesAreModules() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("partnership", "accounts", "access", "audit", "notifications", "infrastructure");
    }

    @Test
    void writesTheModuleDiagramIntoTheDocs() throws Exception {
        var output = Path.of("docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Partnership", "Accounts", "Audit");
    }

    /** The same dependencies as a Mermaid diagram, which renders where the docs are read. */
    @Test
    void writesAMermaidModuleDiagram() throws Exception {
        var text = new StringBuilder("# Modules\n\nWritten by `ModularityTests` from the code; do not edit by hand.\n\n```mermaid\ngraph TD\n");
        modules.forEach(module -> module.getDirectDependencies(modules).uniqueModules()
                .forEach(target -> text.append("  ").append(module.getIdentifier()).append(" --> ")
                        .append(target.getIdentifier()).append("\n")));
        text.append("```\n");
        Files.writeString(Path.of("docs", "modules.md"), text);
        assertThat(text).contains("partnership --> audit", "accounts --> partnership");
    }
}
