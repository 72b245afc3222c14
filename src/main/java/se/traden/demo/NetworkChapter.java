package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import se.traden.casework.TransitionKind;
import se.traden.collaboration.CollaborationCommands.ActorInput;
import se.traden.collaboration.CollaborationCommands.MeetingInput;
import se.traden.collaboration.CollaborationCommands.NextStep;
import se.traden.collaboration.CollaborationCommands.PlannedMeeting;
import se.traden.intake.ProblemArea;

/**
 * The network around the child and the transitions in the child's life: the collaboration group and its
 * meeting, the move between school stages, the 18th birthday, a placement and the home-coming with its
 * plan, treatment ending, and a move to another municipality (which ends the case).
 */
final class NetworkChapter {
    private final Stories s;

    NetworkChapter(Stories stories) {
        this.s = stories;
    }

    void group(Child child, CaseFile file, Instant opened) {
        Dice dice = child.dice;
        if (!dice.chance(0.6)) {
            return;
        }
        s.at(s.moments.daysAfter(opened, 7, 21, dice), () -> {
            if (!file.active()) {
                return;
            }
            LocalDate today = s.today();
            s.as(
                    file.caseManager,
                    () -> s.services
                            .collaboration()
                            .addGroupActor(
                                    file.id,
                                    new ActorInput(
                                            child.school.organisation(),
                                            "Mentor",
                                            null,
                                            "Följer närvaron och anpassar skoldagen",
                                            "Beslutar om anpassningar i undervisningen",
                                            today)));
            if (file.areas.contains(ProblemArea.CRIME) || dice.chance(0.3)) {
                s.as(
                        file.caseManager,
                        () -> s.services
                                .collaboration()
                                .addGroupActor(
                                        file.id,
                                        new ActorInput(
                                                "Fältgruppen",
                                                "Fältassistent",
                                                null,
                                                "Söker kontakt kvällstid och följer med till aktiviteter",
                                                "Inom fältgruppens uppdrag",
                                                today)));
            }
            if (file.areas.contains(ProblemArea.MENTAL_ILL_HEALTH)) {
                s.as(
                        file.caseManager,
                        () -> s.services
                                .collaboration()
                                .addGroupActor(
                                        file.id,
                                        new ActorInput(
                                                SharingChapter.CHILD_PSYCHIATRY,
                                                "Behandlare",
                                                null,
                                                "Bedömning och behandling",
                                                "Hälso- och sjukvårdens insatser",
                                                today)));
            }
            Instant heldAt = s.moments.daysAfter(s.now(), 7, 14, dice);
            boolean chose = dice.chance(0.8);
            PlannedMeeting meeting = s.as(
                    file.caseManager,
                    () -> s.services
                            .collaboration()
                            .planMeeting(
                                    file.id,
                                    new MeetingInput(
                                            heldAt,
                                            CaseTexts.meetingAgenda(dice),
                                            "Den unge, vårdnadshavarna, mentor, case manager",
                                            dice.chance(0.7),
                                            true,
                                            chose,
                                            chose
                                                    ? null
                                                    : "Familjen ville att skolan bjöd in; vi följde skolans förslag.",
                                            CaseTexts.childPreparation(dice))));
            s.at(s.moments.after(heldAt, Duration.ofHours(1), Duration.ofHours(26), dice), () -> {
                if (!file.open()) {
                    return;
                }
                s.as(
                        file.caseManager,
                        () -> s.services
                                .collaboration()
                                .recordMeetingOutcome(
                                        file.id,
                                        meeting.id(),
                                        meeting.version(),
                                        CaseTexts.meetingOutcome(dice),
                                        List.of(new NextStep(
                                                "Anpassat schema från måndag",
                                                "Mentor",
                                                s.today().plusDays(dice.between(3, 10))))));
            });
        });
    }

    void transitions(Child child, CaseFile file, Instant opened, Instant closing) {
        Dice dice = child.dice;
        LocalDate from = s.moments.day(opened);
        LocalDate to = s.moments.day(closing);
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate start = LocalDate.of(year, Month.AUGUST, 18);
            int age = child.ageOn(start);
            if ((child.born.getYear() + 13 == year || child.born.getYear() + 16 == year)
                    && start.isAfter(from.plusDays(14))
                    && start.isBefore(to)) {
                LocalDate told = LocalDate.of(year, Month.JUNE, 1);
                Instant at = s.moments.workingTime(told.isAfter(from) ? told : from.plusDays(7), dice);
                s.at(at, () -> schoolStage(child, file, start, age));
            }
        }
        LocalDate eighteen = child.born.plusYears(18);
        if (eighteen.isAfter(from.plusDays(30)) && eighteen.isBefore(to.plusDays(90))) {
            s.at(
                    s.moments.workingTime(eighteen.minusDays(dice.between(30, 60)), dice),
                    () -> record(
                            file,
                            TransitionKind.TURNING_18,
                            eighteen,
                            null,
                            CaseTexts.transitionNote("TURNING_18", dice),
                            null));
        }
        boolean serious = file.areas.contains(ProblemArea.CRIME) || file.areas.contains(ProblemArea.SUBSTANCE_USE);
        if (serious && dice.chance(0.12)) {
            Instant placed = s.moments.daysAfter(opened, 30, 90, dice);
            String home = dice.pick("HVB-hemmet Granbacken", "Familjehemmet i Åsen");
            s.at(
                    placed,
                    () -> record(
                            file,
                            TransitionKind.PLACEMENT,
                            s.today().plusDays(dice.between(3, 14)),
                            home,
                            CaseTexts.transitionNote("PLACEMENT", dice),
                            null));
            Instant back = placed.plus(dice.days(90, 180));
            s.at(
                    s.moments.after(back, Duration.ZERO, Duration.ZERO, dice),
                    () -> record(
                            file,
                            TransitionKind.HOME_COMING,
                            s.today().plusDays(dice.between(7, 21)),
                            null,
                            CaseTexts.transitionNote("HOME_COMING", dice),
                            CaseTexts.homeComingPlan(dice)));
        } else if ((file.areas.contains(ProblemArea.SUBSTANCE_USE)
                        || file.areas.contains(ProblemArea.MENTAL_ILL_HEALTH))
                && dice.chance(0.06)) {
            s.at(
                    s.moments.daysAfter(opened, 60, 150, dice),
                    () -> record(
                            file,
                            TransitionKind.TREATMENT_TO_HOME,
                            s.today().plusDays(dice.between(7, 21)),
                            "Behandlingshemmet Lärkan",
                            CaseTexts.transitionNote("TREATMENT_TO_HOME", dice),
                            null));
        }
    }

    /** The family moves away: recorded a few weeks before; the case closes on the day. */
    void moving(Child child, CaseFile file, Instant told, LocalDate on) {
        Dice dice = child.dice;
        file.moving = true;
        s.at(
                s.moments.after(told, Duration.ZERO, Duration.ZERO, dice),
                () -> record(
                        file,
                        TransitionKind.MOVING_MUNICIPALITY,
                        on,
                        "Socialtjänsten i den nya kommunen",
                        CaseTexts.transitionNote("MOVING_MUNICIPALITY", dice),
                        null));
    }

    private void schoolStage(Child child, CaseFile file, LocalDate start, int age) {
        if (!file.open()) {
            return;
        }
        Dice dice = child.dice;
        var next = s.roster.schoolsFor(age);
        if (!next.isEmpty()) {
            child.school = dice.pick(next);
        }
        record(
                file,
                TransitionKind.SCHOOL_STAGE,
                start,
                child.school.organisation(),
                CaseTexts.transitionNote("SCHOOL_STAGE", dice),
                null);
    }

    private void record(
            CaseFile file, TransitionKind kind, LocalDate on, String organisation, String note, String homeComingPlan) {
        if (!file.open()) {
            return;
        }
        s.as(
                file.caseManager,
                () -> s.services
                        .casework()
                        .recordTransition(
                                file.id,
                                kind,
                                on,
                                organisation == null ? file.caseManager.id().value() : null,
                                organisation,
                                note,
                                homeComingPlan));
    }
}
