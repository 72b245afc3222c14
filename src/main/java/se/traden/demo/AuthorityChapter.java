package se.traden.demo;

import java.time.Instant;
import java.time.LocalDate;
import se.traden.authority.Investigation;
import se.traden.authority.InvestigationStatus;
import se.traden.intake.Complexity;
import se.traden.shared.FunctionType;

/**
 * The parallel social-services investigation as the case keeps track of it: linked by the case manager
 * with its case officer, moving from opened to ongoing to a decision (or closed, with or without an
 * intervention — without one while the case manager still sees a need is a risk signal), and the case
 * manager's structured feedback to the case officer while it runs.
 */
final class AuthorityChapter {
    private final Stories s;
    private int diary = 1000;

    AuthorityChapter(Stories stories) {
        this.s = stories;
    }

    void maybeLink(Child child, CaseFile file, ConcernFile origin, Instant opened) {
        Dice dice = child.dice;
        double chance = origin.complexity == Complexity.HIGH ? 0.55 : 0.35;
        if (!dice.chance(chance)) {
            return;
        }
        s.at(s.moments.daysAfter(opened, 2, 20, dice), () -> link(child, file));
    }

    private void link(Child child, CaseFile file) {
        if (!file.open()) {
            return;
        }
        Dice dice = child.dice;
        LocalDate today = s.today();
        LocalDate openedOn = today.minusDays(dice.between(0, 25));
        boolean ongoing = openedOn.isBefore(today.minusDays(10));
        Staffer officer = s.roster.one(FunctionType.CASE_OFFICER, today, dice, 0.5);
        String number = "SN " + today.getYear() + "/" + (diary++);
        Investigation linked = s.as(
                file.caseManager,
                () -> s.services
                        .authority()
                        .linkInvestigation(
                                file.id,
                                number,
                                officer.id().value(),
                                openedOn,
                                ongoing ? InvestigationStatus.ONGOING : InvestigationStatus.OPENED,
                                ongoing ? openedOn.plusDays(dice.between(3, 9)) : openedOn));
        file.investigationId = linked.id();
        file.investigationVersion = linked.version();
        if (!ongoing) {
            s.at(
                    s.moments.workingTime(openedOn.plusDays(dice.between(8, 16)), dice),
                    () -> move(file, InvestigationStatus.ONGOING, dice));
        }
        LocalDate ends = openedOn.plusDays(dice.between(60, 120));
        InvestigationStatus outcome = dice.weighted(java.util.List.of(
                Dice.Weighted.of(InvestigationStatus.DECIDED, 55),
                Dice.Weighted.of(InvestigationStatus.CLOSED_WITH_INTERVENTION, 20),
                Dice.Weighted.of(InvestigationStatus.CLOSED_WITHOUT_INTERVENTION, 25)));
        s.at(s.moments.workingTime(ends, dice), () -> {
            move(file, outcome, dice);
            if (outcome.withIntervention()) {
                s.as(
                        file.caseManager,
                        () -> s.services
                                .authority()
                                .recordDecision(
                                        file.id,
                                        file.investigationId,
                                        s.today(),
                                        CaseTexts.investigationDecision(dice)));
            }
            if (outcome == InvestigationStatus.DECIDED && dice.chance(0.4)) {
                s.at(
                        s.moments.daysAfter(s.now(), 60, 150, dice),
                        () -> move(file, InvestigationStatus.CLOSED_WITH_INTERVENTION, dice));
            }
        });
        Instant feedback = s.moments.daysAfter(s.now(), 21, 45, dice);
        for (int i = 0; i < dice.between(1, 3); i++) {
            s.at(feedback, () -> feedback(file, dice));
            feedback = s.moments.daysAfter(feedback, 28, 56, dice);
        }
    }

    private void move(CaseFile file, InvestigationStatus to, Dice dice) {
        Investigation moved = s.as(
                file.caseManager,
                () -> s.services
                        .authority()
                        .moveInvestigation(
                                file.id,
                                file.investigationId,
                                file.investigationVersion,
                                to,
                                s.today(),
                                CaseTexts.investigationNote(dice)));
        file.investigationVersion = moved.version();
    }

    private void feedback(CaseFile file, Dice dice) {
        if (!file.active()) {
            return;
        }
        String[] text = CaseTexts.feedback(dice);
        s.as(
                file.caseManager,
                () -> s.services
                        .authority()
                        .giveFeedback(file.id, file.investigationId, s.today(), text[0], text[1], text[2]));
    }
}
