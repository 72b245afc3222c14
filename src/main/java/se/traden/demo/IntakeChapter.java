package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.casework.CollaborationCase;
import se.traden.demo.ConcernFile.Outcome;
import se.traden.intake.Complexity;
import se.traden.intake.Concern;
import se.traden.intake.ConcernService.RaiseConcern;
import se.traden.intake.MandatoryReport;
import se.traden.intake.ProblemArea;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.shared.FunctionType;

/**
 * A worry from the moment a reporter raises it to the coordinator's decision: the out-of-hours service's
 * first valuation and hand-over in the evening, triage and identification of the child (registering the
 * child and the guardians when they are new), simple advice, early information gathering, feedback to the
 * reporter (mostly in time, sometimes late), the assessment meeting, and activation with a case manager
 * or a decision to leave the matter with the line, which sometimes comes back.
 */
final class IntakeChapter {
    private final Stories s;

    IntakeChapter(Stories stories) {
        this.s = stories;
    }

    /** A child's first worry, raised on the day. */
    void firstConcern(Child child, LocalDate day) {
        raiseOn(child, day, null);
    }

    /** A new worry about a child whose case is closed or kept as a maintaining contact: the case is re-engaged. */
    void reengagement(Child child, Instant after) {
        raiseOn(child, s.moments.day(after), Outcome.REENGAGE);
    }

    /** Another worry some months after the first was left with the line or closed as simple. */
    void anotherConcern(Child child, Instant after) {
        raiseOn(child, s.moments.day(after), null);
    }

    private void raiseOn(Child child, LocalDate day, Outcome forced) {
        Dice dice = child.dice;
        ReportingOrganisationKind source = dice.weighted(Worries.SOURCES);
        if (source == ReportingOrganisationKind.SCHOOL && day.getMonth() == Month.JULY) {
            day = day.withMonth(8).withDayOfMonth(dice.between(16, 31));
        }
        int age = child.ageOn(day);
        Set<ProblemArea> areas = Worries.areas(source, age, dice);
        boolean urgent = forced == null && Worries.urgent(source, dice);
        Outcome outcome = forced != null ? forced : Worries.outcome(areas, urgent, age, dice);
        if (forced == null && child.caseFile != null) {
            outcome = Outcome.REENGAGE;
        }
        Complexity complexity = Worries.complexity(outcome, dice);
        boolean evening = urgent && source != ReportingOrganisationKind.SCHOOL && dice.chance(0.5);
        Instant at = evening ? s.moments.evening(day, dice) : s.moments.workingTime(day, dice);
        LocalDate raisedOn = s.moments.day(at);
        Outcome finalOutcome = outcome;
        s.at(at, () -> raise(child, source, areas, urgent, finalOutcome, complexity, evening, raisedOn));
    }

    private void raise(
            Child child,
            ReportingOrganisationKind source,
            Set<ProblemArea> areas,
            boolean urgent,
            Outcome outcome,
            Complexity complexity,
            boolean evening,
            LocalDate day) {
        Dice dice = child.dice;
        if (!child.school.stage().teaches(child.ageOn(day))) {
            List<Staffer.Reporting> schools = s.roster.schoolsFor(child.ageOn(day));
            if (!schools.isEmpty()) {
                child.school = dice.pick(schools);
            }
        }
        String organisation = source == ReportingOrganisationKind.SCHOOL
                ? child.school.organisation()
                : dice.pick(s.roster.organisationsOf(source)).organisation();
        Staffer reporter = s.roster.reporter(source, organisation, day, dice);
        ConcernFile file = new ConcernFile(child, reporter, source, areas, urgent, outcome, complexity);
        MandatoryReport report = Worries.mandatoryReport(source, urgent, dice);
        boolean byNumber = child.registered() || dice.chance(0.6);
        Concern concern = s.as(
                reporter,
                () -> s.services
                        .concerns()
                        .raise(new RaiseConcern(
                                child.name(),
                                byNumber ? child.personalNumber : null,
                                byNumber ? null : child.born.getYear(),
                                child.school.organisation(),
                                IntakeTexts.worry(areas, reporter.reporting().kind(), dice),
                                areas,
                                urgent,
                                report,
                                report == MandatoryReport.NOT_APPLICABLE
                                        ? IntakeTexts.mandatoryReportReason(dice)
                                        : null,
                                reporter.reporting().organisation(),
                                reporter.reporting().functionName(),
                                reporter.name(),
                                reporter.reporting().contactRoute())));
        file.id = concern.id();
        file.version = concern.version();
        if (evening) {
            s.at(s.now().plus(dice.hours(0.3, 1.2)), () -> outOfHours(file));
        } else {
            s.at(
                    urgent
                            ? s.moments.after(s.now(), Duration.ofMinutes(20), Duration.ofHours(3), dice)
                            : s.moments.daysAfter(s.now(), 0.1, 2.5, dice),
                    () -> triage(file));
        }
    }

    /** The out-of-hours service values an acute worry in the evening and hands it over in the morning. */
    private void outOfHours(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer jour = s.roster.one(FunctionType.OUT_OF_HOURS, s.today(), dice, 0.7);
        Concern triaged = s.as(
                jour,
                () -> s.services
                        .concerns()
                        .triage(file.id, file.version, file.complexity, IntakeTexts.valuation(file.complexity, dice)));
        file.version = triaged.version();
        Instant morning = s.moments.after(s.now(), Duration.ofHours(10), Duration.ofHours(13), dice);
        s.at(morning, () -> {
            Concern handed = s.as(
                    s.roster.one(FunctionType.OUT_OF_HOURS, s.today(), dice, 0.7),
                    () -> s.services.concerns().handOver(file.id, file.version, IntakeTexts.handOver(dice)));
            file.version = handed.version();
            s.at(s.moments.after(s.now(), Duration.ofMinutes(30), Duration.ofHours(3), dice), () -> triage(file));
        });
    }

    /** The coordinator's first valuation, and the identification of the child. */
    private void triage(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        Concern triaged = s.as(
                ic,
                () -> s.services
                        .concerns()
                        .triage(file.id, file.version, file.complexity, IntakeTexts.valuation(file.complexity, dice)));
        file.version = triaged.version();
        if (file.outcome != Outcome.SIMPLE || dice.chance(0.5)) {
            s.sim.pass(Duration.ofMinutes(dice.between(2, 15)));
            identify(file, ic);
        }
        switch (file.outcome) {
            case SIMPLE -> s.at(s.now().plus(dice.hours(0.5, 4)), () -> closeAsSimple(file));
            case REENGAGE ->
                s.at(s.moments.after(s.now(), Duration.ofHours(1), Duration.ofHours(26), dice), () -> reengage(file));
            default -> s.gathering.start(file);
        }
    }

    private void identify(ConcernFile file, Staffer ic) {
        Child child = file.child;
        if (!child.registered()) {
            s.as(ic, () -> register(child));
        }
        Concern identified = s.as(ic, () -> s.services.concerns().identify(file.id, file.version, child.personId));
        file.version = identified.version();
    }

    private void register(Child child) {
        child.personId = s.services.people().registerChild(child.givenName, child.familyName, child.personalNumber);
        for (Child.Guardian g : child.guardians) {
            child.guardianIds.add(s.services
                    .people()
                    .registerGuardian(
                            child.personId,
                            g.givenName(),
                            g.familyName(),
                            g.personalNumber(),
                            g.personalNumber() == null ? g.born() : null,
                            g.phone(),
                            g.address()));
        }
    }

    private void closeAsSimple(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        refresh(file, ic);
        Concern closed = s.as(
                ic,
                () -> s.services
                        .concerns()
                        .closeAsSimple(file.id, file.version, IntakeTexts.simpleAdvice(file.source, dice)));
        file.version = closed.version();
        s.sim.pass(Duration.ofMinutes(dice.between(5, 60)));
        Concern told = s.as(
                ic, () -> s.services.concerns().giveFeedback(file.id, file.version, IntakeTexts.firstFeedback(dice)));
        file.version = told.version();
        maybeAnotherConcern(file.child, 0.1);
    }

    /** The coordinator decides, once gathering (and an assessment, when one was needed) is done. */
    void decide(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        refresh(file, ic);
        if (file.outcome == Outcome.ACTIVATE) {
            activate(file, ic);
        } else {
            Concern left = s.as(
                    ic,
                    () -> s.services
                            .concerns()
                            .leaveWithLine(
                                    file.id,
                                    file.version,
                                    IntakeTexts.receivingUnit(
                                            file.source,
                                            file.reporter.reporting().organisation(),
                                            dice),
                                    IntakeTexts.lineAdvice(dice),
                                    IntakeTexts.lineReason(dice)));
            file.version = left.version();
            if (dice.chance(0.14)) {
                s.at(s.moments.daysAfter(s.now(), 14, 70, dice), () -> lineReturns(file));
            } else {
                maybeAnotherConcern(file.child, 0.1);
            }
        }
    }

    private void activate(ConcernFile file, Staffer ic) {
        Dice dice = file.child.dice;
        Staffer manager = chooseCaseManager(file, dice);
        String tag = manager.competence().stream()
                .filter(t -> file.areas.stream()
                        .anyMatch(a -> Worries.competenceFor(a).equals(t)))
                .sorted()
                .findFirst()
                .orElse(null);
        Concern activated = s.as(
                ic,
                () -> s.services
                        .concerns()
                        .activate(
                                file.id,
                                file.version,
                                manager.id().value(),
                                IntakeTexts.activationReason(manager.name(), tag, dice)));
        file.version = activated.version();
        CollaborationCase opened = s.as(ic, () -> s.services.casework().latestCaseOf(file.child.personId))
                .orElseThrow(() -> new IllegalStateException("the activation opened no case"));
        s.load.merge(manager.id(), 1, Integer::sum);
        s.cases.open(file.child, new CaseFile(opened, manager, file.areas), file);
    }

    /**
     * A judgment, not a round-robin: competence that fits the worry, a lighter load, and a share for the
     * demo logins.
     */
    private Staffer chooseCaseManager(ConcernFile file, Dice dice) {
        List<Staffer> managers = s.roster.holding(FunctionType.CASE_MANAGER, s.today());
        return managers.stream()
                .max(Comparator.comparingDouble(m -> score(m, file, dice)))
                .orElseThrow(() -> new IllegalStateException("no case manager on " + s.today()));
    }

    private double score(Staffer manager, ConcernFile file, Dice dice) {
        long fits = file.areas.stream()
                .filter(a -> manager.competence().contains(Worries.competenceFor(a)))
                .count();
        return 2.0 * fits
                - 0.6 * s.load.getOrDefault(manager.id(), 0)
                + (manager.demoUser() ? 1.5 : 0)
                + 2 * dice.unit();
    }

    private void lineReturns(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        refresh(file, ic);
        Concern reopened =
                s.as(ic, () -> s.services.concerns().lineReturns(file.id, file.version, IntakeTexts.lineReturns(dice)));
        file.version = reopened.version();
        file.outcome = dice.chance(0.6) ? Outcome.ACTIVATE : Outcome.LINE;
        s.at(s.moments.daysAfter(s.now(), 0.2, 2, dice), () -> {
            Staffer coordinator = s.coordinator(dice);
            Concern told = s.as(
                    coordinator,
                    () -> s.services.concerns().giveFeedback(file.id, file.version, IntakeTexts.firstFeedback(dice)));
            file.version = told.version();
        });
        s.at(s.moments.daysAfter(s.now(), 2, 6, dice), () -> decide(file));
    }

    /** The coordinator lets the new worry go straight back to the child's earlier case. */
    private void reengage(ConcernFile file) {
        Dice dice = file.child.dice;
        CaseFile caseFile = file.child.caseFile;
        Staffer ic = s.coordinator(dice);
        refresh(file, ic);
        if (caseFile.active()) {
            // The case is worked already: the new worry joins it with the case manager who holds it.
            Concern joined = s.as(
                    ic,
                    () -> s.services
                            .concerns()
                            .activate(
                                    file.id,
                                    file.version,
                                    caseFile.caseManager.id().value(),
                                    IntakeTexts.activationReason(caseFile.caseManager.name(), null, dice)));
            file.version = joined.version();
            return;
        }
        String worry = IntakeTexts.reengagementWorry(dice);
        CollaborationCase reopened = s.as(
                ic, () -> s.services.cases().reengage(caseFile.id, caseFile.version, file.id, file.version, worry));
        caseFile.seen(reopened);
        s.sim.pass(Duration.ofMinutes(dice.between(10, 40)));
        UUID concern = file.id;
        Concern told = s.as(ic, () -> s.services.concerns().view(concern).concern());
        s.as(ic, () -> s.services.concerns().giveFeedback(concern, told.version(), IntakeTexts.firstFeedback(dice)));
        s.load.merge(caseFile.caseManager.id(), 1, Integer::sum);
        s.cases.resume(file.child, caseFile);
    }

    /** Before a command on a concern whose version moved under another command (an answer came in). */
    void refresh(ConcernFile file, Staffer ic) {
        if (file.stale) {
            file.version =
                    s.as(ic, () -> s.services.concerns().view(file.id).concern().version());
            file.stale = false;
        }
    }

    private void maybeAnotherConcern(Child child, double chance) {
        if (child.dice.chance(chance)) {
            anotherConcern(child, s.now().plus(child.dice.days(45, 300)));
        }
    }
}
