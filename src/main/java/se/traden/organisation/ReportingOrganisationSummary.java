package se.traden.organisation;

import java.util.List;

/** A reporting organisation with its contact functions. */
public record ReportingOrganisationSummary(
        ReportingOrganisationId id,
        String name,
        ReportingOrganisationKind kind,
        List<ReporterFunction> contactFunctions) {

    public ReportingOrganisationSummary {
        contactFunctions = List.copyOf(contactFunctions);
    }
}
