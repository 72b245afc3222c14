package se.traden.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sign, across the coordinator's cases, that a thread is about to be dropped: which case, whose, what
 * kind of sign, and since when or how many days. Never a score: a reason to look at the case.
 */
public record RiskSignal(
        UUID caseId,
        String reference,
        String childName,
        String caseManagerName,
        Kind kind,
        LocalDate since,
        Integer days) {

    /** The kinds of sign, each with the reason the coordinator reads. */
    public enum Kind {
        /** No investigation with an intervention and no other actor with a task in the group. */
        CASE_MANAGER_ONLY_INTERVENTION,
        /** The latest investigation closed without an intervention while the case is still worked. */
        INVESTIGATION_CLOSED_WITHOUT_INTERVENTION,
        /** The case manager noted that the family declines every intervention but the case manager. */
        FAMILY_DECLINES_ALL_BUT_CASE_MANAGER,
        /** No contact with the child or the family for the configured number of days. */
        NO_CONTACT,
        CHECK_IN_OVERDUE;

        public String messageKey() {
            return "risk-signal.kind." + name();
        }
    }

    /** The message key of the reason, which quotes {@link #since} and {@link #days} where they apply. */
    public String reasonKey() {
        return "risk-signal.reason." + kind.name();
    }

    /** The reason's quoted values: the day (yyyy-MM-dd, empty when none) and the number of days. */
    public Object[] reasonArguments() {
        return new Object[] {since == null ? "" : since.toString(), days == null ? "" : days};
    }
}
