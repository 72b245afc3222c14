package se.traden.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.traden.casework.CaseStatus;
import se.traden.shared.RuleViolationException;

/**
 * The structured reflection after a case has been closed (or handed over to a maintaining contact): the
 * coordinator and the case manager, with the actors they invited, answer what worked, what they would do
 * again, what they would avoid and which early signals they missed. The child's and the family's view
 * of what helped and what felt wrong is kept only when they agreed to give it. It is about learning, not
 * about judging anyone; it can be completed afterwards (each edit from the version it started from).
 */
record AfterActionReview(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        LocalDate heldOn,
        String invitedActors,
        String whatWorked,
        String doAgain,
        String avoid,
        String missedSignals,
        String childView,
        String familyView,
        boolean viewsAgreed,
        Recorded recorded,
        Instant updatedAt,
        long version) {

    record Answers(
            LocalDate heldOn,
            String invitedActors,
            String whatWorked,
            String doAgain,
            String avoid,
            String missedSignals,
            String childView,
            String familyView,
            Boolean viewsAgreed) {}

    /** A review belongs to a case that has left active work: closed, or kept as a maintaining contact. */
    static void requireClosure(CaseStatus status) {
        if (status == CaseStatus.ACTIVE) {
            throw new RuleViolationException("review.case-still-active", null, null);
        }
    }

    static AfterActionReview hold(UUID municipalityId, UUID caseId, Answers a, LocalDate today, Recorded recorded) {
        Answers valid = validate(a, today);
        return new AfterActionReview(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                valid.heldOn(),
                valid.invitedActors(),
                valid.whatWorked(),
                valid.doAgain(),
                valid.avoid(),
                valid.missedSignals(),
                valid.childView(),
                valid.familyView(),
                Boolean.TRUE.equals(valid.viewsAgreed()),
                recorded,
                null,
                0);
    }

    AfterActionReview revise(Answers a, LocalDate today, Instant at) {
        Answers valid = validate(a, today);
        return new AfterActionReview(
                id,
                municipalityId,
                caseId,
                valid.heldOn(),
                valid.invitedActors(),
                valid.whatWorked(),
                valid.doAgain(),
                valid.avoid(),
                valid.missedSignals(),
                valid.childView(),
                valid.familyView(),
                Boolean.TRUE.equals(valid.viewsAgreed()),
                recorded,
                at,
                version);
    }

    private static Answers validate(Answers a, LocalDate today) {
        var v = new Violations();
        LocalDate held = v.required("heldOn", a.heldOn());
        if (held != null && held.isAfter(today)) {
            v.add("heldOn", "review.date-in-future");
        }
        String invited = v.optional("invitedActors", a.invitedActors(), Violations.NOTE);
        String worked = v.text("whatWorked", a.whatWorked(), Violations.LONG);
        String again = v.text("doAgain", a.doAgain(), Violations.LONG);
        String avoid = v.text("avoid", a.avoid(), Violations.LONG);
        String missed = v.text("missedSignals", a.missedSignals(), Violations.LONG);
        String child = v.optional("childView", a.childView(), Violations.LONG);
        String family = v.optional("familyView", a.familyView(), Violations.LONG);
        if ((child != null || family != null) && !Boolean.TRUE.equals(a.viewsAgreed())) {
            v.add("viewsAgreed", "review.views-need-agreement");
        }
        v.throwIfAny();
        return new Answers(held, invited, worked, again, avoid, missed, child, family, a.viewsAgreed());
    }
}
