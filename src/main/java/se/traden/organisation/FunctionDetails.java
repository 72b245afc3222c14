package se.traden.organisation;

import se.traden.shared.FunctionType;

/**
 * What defines a function apart from who holds it: its type, its name, the unit it sits in, and how
 * professionals reach it. A reporter function belongs to a reporting organisation; no other does.
 */
record FunctionDetails(
        FunctionType type,
        String name,
        UnitId unit,
        ReportingOrganisationId reportingOrganisation,
        String contactRoute) {
    static final int CONTACT_ROUTE_LENGTH = 500;

    FunctionDetails {
        name = Violations.clean(name);
        contactRoute = Violations.clean(contactRoute);
        var violations = new Violations()
                .required("type", type)
                .required("name", name)
                .maxLength("name", name, Violations.NAME_LENGTH)
                .maxLength("contactRoute", contactRoute, CONTACT_ROUTE_LENGTH);
        if (type == FunctionType.REPORTER && reportingOrganisation == null) {
            violations.add("reportingOrganisation", "organisation.reporting-organisation-required");
        }
        if (type != null && type != FunctionType.REPORTER && reportingOrganisation != null) {
            violations.add("reportingOrganisation", "organisation.reporting-organisation-not-allowed");
        }
        violations.throwIfAny();
    }
}
