package se.traden.shared;

/**
 * The kinds of function a municipality staffs. Contact routes, inboxes and decisions belong to
 * functions; staff hold them for a period. Roles in the system come from the functions a person holds
 * at that moment.
 */
public enum FunctionType {
    INDIVIDUAL_COORDINATOR,
    CASE_MANAGER,
    GROUP_MANAGER,
    INTAKE_UNIT,
    CASE_OFFICER,
    OUT_OF_HOURS,
    SCHOOL_LIAISON,
    STEERING_GROUP,
    /** A contact function of a reporting organisation (school, police area, leisure, health care). */
    REPORTER,
    LOG_AUDITOR,
    ADMINISTRATOR;

    /** The Spring Security authority a holder of this function has. */
    public String authority() {
        return "FN_" + name();
    }

    /** Message key of the function's Swedish (and English) name. */
    public String messageKey() {
        return "function." + name();
    }
}
