package se.traden.intake;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether the child of a concern already has a case that is closed or kept as a maintaining contact, so
 * that the coordinator can let a new worry go straight back to it instead of a new intake. The case
 * module answers and logs the look; without it, no earlier case is shown.
 */
public interface EarlierCases {

    /** Asked only for the coordinator working an identified concern. */
    Optional<EarlierCase> closedOrMaintainedCaseOf(UUID municipalityId, UUID personId);

    /**
     * The earlier case as the concern page names it: its reference, its status (a message key), its
     * previous case manager and whether that person still holds a case manager function.
     */
    record EarlierCase(
            UUID caseId, String reference, String statusKey, String caseManagerName, boolean caseManagerStillServes) {}
}
