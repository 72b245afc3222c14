package se.traden.organisation;

/** An organisation outside the collaboration unit that raises concerns: its name and kind. */
record ReportingOrganisationDetails(String name, ReportingOrganisationKind kind) {

    ReportingOrganisationDetails {
        name = Violations.clean(name);
        new Violations()
                .required("name", name)
                .maxLength("name", name, Violations.NAME_LENGTH)
                .required("kind", kind)
                .throwIfAny();
    }
}
