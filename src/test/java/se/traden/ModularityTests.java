package se.traden;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails when a module reaches into another module's internals (anything but the public types of its
 * base package), or when modules depend on each other in a cycle.
 */
class ModularityTests {
    static final ApplicationModules MODULES = ApplicationModules.of(TradenApplication.class);

    @Test
    void modulesKeepToTheirPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleMap() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
