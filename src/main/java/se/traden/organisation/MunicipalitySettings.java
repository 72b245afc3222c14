package se.traden.organisation;

import java.time.Duration;

/**
 * The choices a municipality records about how it runs structured individual collaboration: its
 * contact route (the preferred solution or the permitted variant, which needs a written motivation),
 * whether the individual coordinator decides on activation and case manager assignment (a core
 * component), and the free variables that are the municipality's own to decide.
 *
 * <p>A value: it validates itself when made, reporting every broken rule at once.
 */
public record MunicipalitySettings(
        ContactRoute contactRoute,
        String contactRouteMotivation,
        boolean icDecidesAssignment,
        boolean hasSchoolLiaison,
        String assignmentCriteria,
        Integer plannedCaseManagers,
        String steeringGroupComposition,
        String followUpForm,
        int checkInDaysIntensive,
        int checkInDaysOther,
        int gatheringHours) {

    public MunicipalitySettings {
        contactRouteMotivation =
                contactRoute == ContactRoute.INDIVIDUAL_COORDINATOR ? null : Violations.clean(contactRouteMotivation);
        assignmentCriteria = Violations.clean(assignmentCriteria);
        steeringGroupComposition = Violations.clean(steeringGroupComposition);
        followUpForm = Violations.clean(followUpForm);
        check(
                contactRoute,
                contactRouteMotivation,
                true,
                true,
                assignmentCriteria,
                plannedCaseManagers,
                steeringGroupComposition,
                followUpForm,
                checkInDaysIntensive,
                checkInDaysOther,
                gatheringHours);
    }

    /** What a municipality starts with: the preferred contact route and the cadences the model suggests. */
    public static MunicipalitySettings defaults() {
        return new MunicipalitySettings(
                ContactRoute.INDIVIDUAL_COORDINATOR, null, true, false, null, null, null, null, 7, 14, 48);
    }

    /**
     * Settings from input that may lack values (a form, a JSON body): every missing or broken value is
     * reported as a field violation.
     */
    public static MunicipalitySettings of(
            ContactRoute contactRoute,
            String contactRouteMotivation,
            Boolean icDecidesAssignment,
            Boolean hasSchoolLiaison,
            String assignmentCriteria,
            Integer plannedCaseManagers,
            String steeringGroupComposition,
            String followUpForm,
            Integer checkInDaysIntensive,
            Integer checkInDaysOther,
            Integer gatheringHours) {
        check(
                contactRoute,
                contactRouteMotivation,
                icDecidesAssignment,
                hasSchoolLiaison,
                assignmentCriteria,
                plannedCaseManagers,
                steeringGroupComposition,
                followUpForm,
                checkInDaysIntensive,
                checkInDaysOther,
                gatheringHours);
        return new MunicipalitySettings(
                contactRoute,
                contactRouteMotivation,
                icDecidesAssignment,
                hasSchoolLiaison,
                assignmentCriteria,
                plannedCaseManagers,
                steeringGroupComposition,
                followUpForm,
                checkInDaysIntensive,
                checkInDaysOther,
                gatheringHours);
    }

    public MunicipalitySettings withPlannedCaseManagers(Integer planned) {
        return new MunicipalitySettings(
                contactRoute,
                contactRouteMotivation,
                icDecidesAssignment,
                hasSchoolLiaison,
                assignmentCriteria,
                planned,
                steeringGroupComposition,
                followUpForm,
                checkInDaysIntensive,
                checkInDaysOther,
                gatheringHours);
    }

    public ContactRouteChoice contactRouteChoice() {
        return new ContactRouteChoice(contactRoute, contactRouteMotivation);
    }

    /** How long early information gathering (and feedback to whoever raised the concern) may take. */
    public Duration gatheringWindow() {
        return Duration.ofHours(gatheringHours);
    }

    public CheckInCadence checkInCadence() {
        return new CheckInCadence(checkInDaysIntensive, checkInDaysOther);
    }

    private static void check(
            ContactRoute contactRoute,
            String contactRouteMotivation,
            Boolean icDecidesAssignment,
            Boolean hasSchoolLiaison,
            String assignmentCriteria,
            Integer plannedCaseManagers,
            String steeringGroupComposition,
            String followUpForm,
            Integer checkInDaysIntensive,
            Integer checkInDaysOther,
            Integer gatheringHours) {
        var violations = new Violations()
                .required("contactRoute", contactRoute)
                .required("icDecidesAssignment", icDecidesAssignment)
                .required("hasSchoolLiaison", hasSchoolLiaison)
                .required("checkInDaysIntensive", checkInDaysIntensive)
                .required("checkInDaysOther", checkInDaysOther)
                .required("gatheringHours", gatheringHours)
                .maxLength("contactRouteMotivation", contactRouteMotivation, Violations.TEXT_LENGTH)
                .maxLength("assignmentCriteria", assignmentCriteria, Violations.TEXT_LENGTH)
                .maxLength("steeringGroupComposition", steeringGroupComposition, Violations.TEXT_LENGTH)
                .maxLength("followUpForm", followUpForm, Violations.TEXT_LENGTH)
                .between("plannedCaseManagers", plannedCaseManagers, 0, 500)
                .between("checkInDaysIntensive", checkInDaysIntensive, 1, 60)
                .between("checkInDaysOther", checkInDaysOther, 1, 90)
                .between("gatheringHours", gatheringHours, 1, 240);
        // The variant is allowed only as a conscious, documented choice.
        if (contactRoute == ContactRoute.INTAKE_UNIT && Violations.clean(contactRouteMotivation) == null) {
            violations.add("contactRouteMotivation", "organisation.motivation-required");
        }
        violations.throwIfAny();
    }
}
