package se.traden.organisation;

import java.util.List;

/**
 * The municipality's standing against the model on one day: the five core components, its contact
 * route choice and its free variables. Holds no personal data.
 */
record CoreComponentReport(
        String municipalityName,
        java.time.LocalDate day,
        List<ComponentResult> components,
        MunicipalitySettings settings) {

    public boolean allSatisfied() {
        return components.stream().allMatch(ComponentResult::satisfied);
    }
}
