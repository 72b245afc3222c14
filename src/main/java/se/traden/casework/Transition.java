package se.traden.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A transition in the child's life recorded on the case: what kind, on which day, who owns it (a member
 * of staff, or another organisation named in text), a note, and for a home-coming the home-coming plan.
 * Recorded while the case is worked or maintained, and never changed afterwards.
 */
public record Transition(
        UUID id,
        UUID caseId,
        TransitionKind kind,
        LocalDate occursOn,
        UUID ownerStaffId,
        String ownerOrganisation,
        String note,
        String homeComingPlan,
        Instant recordedAt,
        UUID recordedByStaffId,
        FunctionType recordedAs) {

    static final int TEXT_LIMIT = 4000;
    static final int ORGANISATION_LIMIT = 200;

    /** Checks the whole input and names every broken rule before anything is recorded. */
    static Transition record(
            CollaborationCase c,
            TransitionKind kind,
            LocalDate occursOn,
            UUID ownerStaffId,
            String ownerOrganisation,
            String note,
            String homeComingPlan,
            CollaborationCase.By by) {
        if (c.status() == CaseStatus.CLOSED) {
            throw new RuleViolationException("case.closed", null, null);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(FieldViolation.of("kind", "case.transition-kind-required"));
        }
        if (occursOn == null) {
            violations.add(FieldViolation.of("occursOn", "case.transition-date-required"));
        }
        boolean organisationGiven = !blank(ownerOrganisation);
        if (ownerStaffId == null && !organisationGiven) {
            violations.add(FieldViolation.of("ownerStaffId", "case.transition-owner-required"));
        } else if (ownerStaffId != null && organisationGiven) {
            violations.add(FieldViolation.of("ownerOrganisation", "case.transition-owner-one"));
        } else if (organisationGiven && ownerOrganisation.strip().length() > ORGANISATION_LIMIT) {
            violations.add(FieldViolation.of("ownerOrganisation", "too-long", ORGANISATION_LIMIT));
        }
        if (!blank(note) && note.length() > TEXT_LIMIT) {
            violations.add(FieldViolation.of("note", "too-long", TEXT_LIMIT));
        }
        if (kind != null && kind.requiresHomeComingPlan() && blank(homeComingPlan)) {
            violations.add(FieldViolation.of("homeComingPlan", "case.home-coming-plan-required"));
        } else if (!blank(homeComingPlan) && homeComingPlan.length() > TEXT_LIMIT) {
            violations.add(FieldViolation.of("homeComingPlan", "too-long", TEXT_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Transition(
                UUID.randomUUID(),
                c.id(),
                kind,
                occursOn,
                ownerStaffId,
                organisationGiven ? ownerOrganisation.strip() : null,
                blank(note) ? null : note.strip(),
                blank(homeComingPlan) ? null : homeComingPlan.strip(),
                by.at(),
                by.staffId(),
                by.function());
    }

    /** What the case's history says about it. */
    Map<String, Object> historyDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind.name());
        details.put("occursOn", occursOn.toString());
        details.put("transitionId", id.toString());
        return details;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
