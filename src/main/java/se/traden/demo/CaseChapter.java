package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.traden.casework.CaseStatus;
import se.traden.casework.CollaborationCase;
import se.traden.casework.FollowUp;
import se.traden.casework.Phase;
import se.traden.collaboration.CollaborationCommands.ReviewInput;

/**
 * A case from its opening to its closure and after: the phases (exploring, change, maintenance, now and
 * then a step back), the intensity eased and raised again, closure when the plan allows it (often with a
 * maintaining contact and its sparse follow-ups), the after action review, and — for some children — a
 * new worry that re-engages the same case for another, shorter round.
 */
final class CaseChapter {
    private final Stories s;

    CaseChapter(Stories stories) {
        this.s = stories;
    }

    /** The case the activation opened: its whole planned course, cut at the present by the simulation. */
    void open(Child child, CaseFile file, ConcernFile origin) {
        child.caseFile = file;
        file.round = 1;
        Dice dice = child.dice;
        Instant opened = s.now();
        Instant toChange = opened.plus(Duration.ofDays(7L * dice.between(3, 8)));
        Instant toMaintenance = toChange.plus(Duration.ofDays(7L * dice.between(8, 22)));
        Instant closing = toMaintenance.plus(Duration.ofDays(7L * dice.between(8, 24)));
        Instant moving = dice.chance(0.03) ? opened.plus(dice.days(60, 200)) : null;
        if (moving != null && moving.isBefore(closing)) {
            s.network.moving(child, file, moving.minus(Duration.ofDays(21)), s.moments.day(moving));
            closing = moving;
            toMaintenance = min(toMaintenance, moving.minus(Duration.ofDays(14)));
        }
        course(child, file, toChange, toMaintenance, closing, dice.chance(0.12));
        s.rhythm.start(child, file);
        s.plans.first(child, file, s.moments.daysAfter(opened, 7, 21, dice), closing);
        s.sharing.consentAndDisclosures(child, file, opened, closing);
        s.authority.maybeLink(child, file, origin, opened);
        s.network.group(child, file, opened);
        s.network.transitions(child, file, opened, closing);
    }

    /** A re-engaged case: another, shorter round from change through maintenance to closure. */
    void resume(Child child, CaseFile file) {
        file.round++;
        Dice dice = child.dice;
        Instant now = s.now();
        int round = file.round;
        Phase restart = dice.chance(0.4) ? Phase.EXPLORING : Phase.CHANGE;
        s.at(s.moments.daysAfter(now, 1, 3, dice), () -> {
            if (current(file, round) && file.phase != restart) {
                movePhase(
                        child,
                        file,
                        restart,
                        restart == Phase.EXPLORING ? CaseTexts.backToExploring(dice) : CaseTexts.toChange(dice));
            }
        });
        Instant toChange = restart == Phase.EXPLORING ? now.plus(Duration.ofDays(7L * dice.between(2, 4))) : null;
        Instant toMaintenance = now.plus(Duration.ofDays(7L * dice.between(6, 12)));
        Instant closing = toMaintenance.plus(Duration.ofDays(7L * dice.between(6, 12)));
        course(child, file, toChange, toMaintenance, closing, false);
        s.rhythm.start(child, file);
        s.plans.reopened(child, file, s.moments.daysAfter(now, 5, 14, dice), closing);
    }

    private void course(
            Child child, CaseFile file, Instant toChange, Instant toMaintenance, Instant closing, boolean setback) {
        Dice dice = child.dice;
        int round = file.round;
        if (toChange != null) {
            s.at(s.moments.after(toChange, Duration.ZERO, Duration.ZERO, dice), () -> {
                if (current(file, round) && file.phase == Phase.EXPLORING) {
                    movePhase(child, file, Phase.CHANGE, CaseTexts.toChange(dice));
                }
            });
        }
        if (setback && toChange != null) {
            Instant back = toChange.plus(dice.days(14, 28));
            Instant forward = back.plus(dice.days(14, 28));
            if (forward.isBefore(toMaintenance.minus(Duration.ofDays(7)))) {
                s.at(s.moments.after(back, Duration.ZERO, Duration.ZERO, dice), () -> {
                    if (current(file, round) && file.phase == Phase.CHANGE) {
                        movePhase(child, file, Phase.EXPLORING, CaseTexts.backToExploring(dice));
                    }
                });
                s.at(s.moments.after(forward, Duration.ZERO, Duration.ZERO, dice), () -> {
                    if (current(file, round) && file.phase == Phase.EXPLORING) {
                        movePhase(child, file, Phase.CHANGE, CaseTexts.toChange(dice));
                    }
                });
            }
        }
        s.at(s.moments.after(toMaintenance, Duration.ZERO, Duration.ZERO, dice), () -> {
            if (!current(file, round)) {
                return;
            }
            if (file.phase != Phase.MAINTENANCE) {
                movePhase(child, file, Phase.MAINTENANCE, CaseTexts.toMaintenance(dice));
            }
            s.sim.pass(Duration.ofMinutes(dice.between(1, 5)));
            if (file.intensive) {
                intensity(child, file, false, CaseTexts.intensityEased(dice));
            }
        });
        if (dice.chance(0.1)) {
            Instant raise = toMaintenance.plus(dice.days(14, 28));
            Instant ease = raise.plus(dice.days(21, 35));
            if (ease.isBefore(closing.minus(Duration.ofDays(5)))) {
                s.at(s.moments.after(raise, Duration.ZERO, Duration.ZERO, dice), () -> {
                    if (current(file, round) && !file.intensive) {
                        intensity(child, file, true, CaseTexts.intensityRaised(dice));
                    }
                });
                s.at(s.moments.after(ease, Duration.ZERO, Duration.ZERO, dice), () -> {
                    if (current(file, round) && file.intensive) {
                        intensity(child, file, false, CaseTexts.intensityEased(dice));
                    }
                });
            }
        }
        s.at(s.moments.after(closing, Duration.ZERO, Duration.ZERO, dice), () -> {
            if (current(file, round)) {
                close(child, file);
            }
        });
    }

    private boolean current(CaseFile file, int round) {
        return file.round == round && file.active();
    }

    private void movePhase(Child child, CaseFile file, Phase to, String reason) {
        refresh(child, file, file.caseManager);
        CollaborationCase moved =
                s.as(file.caseManager, () -> s.services.cases().movePhase(file.id, file.version, to, reason));
        file.seen(moved);
    }

    private void intensity(Child child, CaseFile file, boolean intensive, String reason) {
        refresh(child, file, file.caseManager);
        CollaborationCase changed =
                s.as(file.caseManager, () -> s.services.cases().setIntensity(file.id, file.version, intensive, reason));
        file.seen(changed);
    }

    /** The plan's closing revision was made a moment before (it evaluates every goal). */
    private void close(Child child, CaseFile file) {
        Dice dice = child.dice;
        s.plans.closing(child, file);
        s.sim.pass(Duration.ofMinutes(dice.between(5, 30)));
        refresh(child, file, file.caseManager);
        LocalDate maintainUntil = dice.chance(0.6) && !file.moving ? s.today().plusDays(dice.between(60, 180)) : null;
        CollaborationCase closed = s.as(
                file.caseManager,
                () -> s.services.cases().close(file.id, file.version, maintainUntil, CaseTexts.closure(dice)));
        file.seen(closed);
        s.load.merge(file.caseManager.id(), -1, Integer::sum);
        int round = file.round;
        if (maintainUntil != null) {
            followUps(child, file, maintainUntil, round);
            s.at(s.moments.workingTime(maintainUntil, dice), () -> {
                if (file.round == round && file.status == CaseStatus.MAINTENANCE) {
                    refresh(child, file, file.caseManager);
                    file.seen(s.as(
                            file.caseManager,
                            () -> s.services
                                    .cases()
                                    .endMaintenance(file.id, file.version, CaseTexts.maintenanceEnded(dice))));
                }
            });
        }
        if (dice.chance(0.8)) {
            s.at(s.moments.daysAfter(s.now(), 7, 35, dice), () -> review(child, file));
        }
        if (round == 1 && !file.moving && dice.chance(0.25)) {
            s.intake.reengagement(child, s.now().plus(dice.days(30, 180)));
        }
    }

    private void followUps(Child child, CaseFile file, LocalDate until, int round) {
        Dice dice = child.dice;
        LocalDate today = s.today();
        long days = ChronoUnit.DAYS.between(today, until);
        int count = days > 90 ? 2 : 1;
        for (int i = 1; i <= count; i++) {
            LocalDate due = Moments.weekday(today.plusDays(days * i / (count + 1)));
            if (due.isAfter(until)) {
                continue;
            }
            s.sim.pass(Duration.ofMinutes(2));
            FollowUp planned = s.as(
                    file.caseManager,
                    () -> s.services.casework().scheduleFollowUp(file.id, due, CaseTexts.followUp(dice)));
            if (dice.chance(0.9)) {
                s.at(s.moments.workingTime(due, dice), () -> {
                    if (file.round == round && file.status == CaseStatus.MAINTENANCE) {
                        s.as(
                                file.caseManager,
                                () -> s.services
                                        .casework()
                                        .recordFollowUpDone(
                                                file.id,
                                                planned.id(),
                                                planned.version(),
                                                CaseTexts.followUpDone(dice)));
                    }
                });
            }
        }
    }

    private void review(Child child, CaseFile file) {
        if (file.active()) {
            return;
        }
        Dice dice = child.dice;
        Staffer by = dice.chance(0.6) ? s.coordinator(dice) : file.caseManager;
        boolean views = dice.chance(0.5);
        s.as(
                by,
                () -> s.services
                        .collaboration()
                        .holdReview(
                                file.id,
                                new ReviewInput(
                                        s.today(),
                                        dice.pick(
                                                "Mentor, skolkurator, den unge och vårdnadshavarna",
                                                "Fältgruppen och handläggaren",
                                                null),
                                        CaseTexts.review(0, dice),
                                        CaseTexts.review(1, dice),
                                        CaseTexts.review(2, dice),
                                        CaseTexts.review(3, dice),
                                        views ? CaseTexts.childView(dice) : null,
                                        views ? CaseTexts.guardianView(dice) : null,
                                        views)));
    }

    /** Reads the case as the person about to act on it sees it: its version and state now. */
    void refresh(Child child, CaseFile file, Staffer who) {
        s.as(who, () -> s.services.casework().latestCaseOf(child.personId)).ifPresent(file::seen);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
