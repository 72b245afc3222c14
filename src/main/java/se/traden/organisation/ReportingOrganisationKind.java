package se.traden.organisation;

/** What kind of organisation raises concerns about children: schools, police, leisure and others. */
public enum ReportingOrganisationKind {
    SCHOOL,
    INDEPENDENT_SCHOOL,
    PRESCHOOL,
    POLICE,
    LEISURE,
    HEALTH_CARE,
    SOCIAL_SERVICES,
    CIVIL_SOCIETY,
    OTHER;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
