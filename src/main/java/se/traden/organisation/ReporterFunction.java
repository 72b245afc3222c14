package se.traden.organisation;

/**
 * A contact function of a reporting organisation (pupil health at a school, a police area): how a
 * concern's origin is recorded and how feedback reaches it.
 */
public record ReporterFunction(
        FunctionId function,
        String name,
        String contactRoute,
        ReportingOrganisationId organisation,
        String organisationName,
        ReportingOrganisationKind kind) {}
