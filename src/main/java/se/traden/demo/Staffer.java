package se.traden.demo;

import java.util.Set;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

/**
 * A member of staff the generator lets act: who, in which function, and for a reporter the organisation
 * they raise concerns for. {@code demoUser} marks the demo logins, whom the generator gives a fair share
 * of the work so that a newcomer logging in finds something.
 */
record Staffer(
        StaffId id,
        String name,
        String username,
        FunctionType role,
        Reporting reporting,
        Set<String> competence,
        boolean demoUser) {

    Staffer {
        competence = Set.copyOf(competence);
    }

    /** Where a reporter reports from: the organisation, its kind, the contact function and its route. */
    record Reporting(
            String organisation,
            ReportingOrganisationKind kind,
            String functionName,
            String contactRoute,
            SchoolStage stage) {}

    /** The stage a school teaches, so that children go to a school that fits their age. */
    enum SchoolStage {
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY,
        ALL;

        boolean teaches(int age) {
            return switch (this) {
                case PRIMARY -> age <= 12;
                case LOWER_SECONDARY -> age >= 13 && age <= 15;
                case UPPER_SECONDARY -> age >= 16;
                case ALL -> age <= 15;
            };
        }
    }
}
