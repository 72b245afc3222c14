package se.traden.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.traden.demo.ConcernFile.Outcome;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;
import se.traden.intake.Complexity;
import se.traden.intake.Concern;
import se.traden.intake.InquiryService;
import se.traden.intake.ProblemArea;
import se.traden.organisation.ReportingOrganisationKind;

/**
 * Early information gathering: the coordinator puts one to three minimal questions to the school, the
 * police, health care or leisure, each disclosed on a basis that fits (the own activity, 18 a § or 15 a §
 * to the police, or without identifying the child); the answers come back on theirs (the general clause,
 * 15 a §). Feedback reaches the reporter, mostly within the window. The gathering concludes, an
 * assessment meeting is held when the picture is complex, and the coordinator decides.
 */
final class GatheringChapter {
    private final Stories s;

    GatheringChapter(Stories stories) {
        this.s = stories;
    }

    private record Asked(String organisation, PartyKind kind, Set<InformationCategory> categories) {}

    void start(ConcernFile file) {
        Dice dice = file.child.dice;
        List<Asked> actors = actors(file, dice);
        Instant at = s.now();
        for (Asked actor : actors) {
            at = at.plus(dice.hours(0.3, 3));
            s.at(s.moments.after(at, Duration.ZERO, Duration.ZERO, dice), () -> ask(file, actor));
        }
        boolean late = dice.chance(0.15);
        s.at(
                late
                        ? s.moments.daysAfter(s.now(), 2.6, 4.5, dice)
                        : s.moments.after(s.now(), Duration.ofHours(2), Duration.ofHours(40), dice),
                () -> feedback(file));
    }

    private List<Asked> actors(ConcernFile file, Dice dice) {
        List<Asked> actors = new ArrayList<>();
        Staffer.Reporting school = file.child.school;
        actors.add(new Asked(school.organisation(), partyKind(school.kind()), EnumSet.of(InformationCategory.SCHOOL)));
        boolean crime = file.areas.contains(ProblemArea.CRIME)
                || file.areas.contains(ProblemArea.SUBSTANCE_USE)
                || file.areas.contains(ProblemArea.OTHER_NORM_BREAKING);
        if (crime || file.source == ReportingOrganisationKind.POLICE) {
            actors.add(new Asked(
                    "Polisen, lokalpolisområde", PartyKind.POLICE, EnumSet.of(InformationCategory.CRIME_AND_POLICE)));
        }
        if (file.areas.contains(ProblemArea.MENTAL_ILL_HEALTH) && dice.chance(0.6)) {
            actors.add(new Asked(
                    "Barn- och ungdomspsykiatrin", PartyKind.HEALTH_CARE, EnumSet.of(InformationCategory.HEALTH)));
        }
        if (actors.size() < 3 && dice.chance(0.25)) {
            actors.add(new Asked("Fritidsgården Hamnen", PartyKind.LEISURE, EnumSet.of(InformationCategory.LEISURE)));
        }
        int keep = file.outcome == Outcome.LINE ? Math.min(actors.size(), dice.between(1, 2)) : actors.size();
        return actors.subList(0, keep);
    }

    private void ask(ConcernFile file, Asked actor) {
        if (file.concluded) {
            return;
        }
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        s.intake.refresh(file, ic);
        LocalDate today = s.today();
        boolean identifying = !dice.chance(0.08);
        LegalBasis basis = identifying ? outgoingBasis(file, actor, today, dice) : LegalBasis.DE_IDENTIFIED;
        boolean crimePrevention = basis == LegalBasis.OSL_10_18A || basis == LegalBasis.OSL_10_15A;
        InquiryService.Asked asked = s.as(
                ic,
                () -> s.services
                        .inquiries()
                        .ask(
                                file.id,
                                file.version,
                                new InquiryService.Ask(
                                        actor.organisation(),
                                        actor.kind(),
                                        null,
                                        LedgerTexts.question(actor.kind(), identifying, dice),
                                        null,
                                        basis,
                                        LedgerTexts.balancing(basis, dice),
                                        identifying
                                                ? EnumSet.of(InformationCategory.IDENTITY)
                                                : EnumSet.of(InformationCategory.OTHER),
                                        crimePrevention,
                                        null,
                                        null,
                                        null)));
        file.version = asked.concernVersion();
        file.unanswered++;
        var inquiry = asked.view().inquiry();
        s.at(s.moments.after(s.now(), Duration.ofHours(2), Duration.ofHours(44), dice), () -> {
            Staffer coordinator = s.coordinator(dice);
            LegalBasis reply = incomingBasis(actor.kind(), s.today());
            s.as(
                    coordinator,
                    () -> s.services
                            .inquiries()
                            .answer(
                                    file.id,
                                    inquiry.id(),
                                    inquiry.version(),
                                    new InquiryService.Reply(
                                            null,
                                            LedgerTexts.answer(actor.kind(), dice),
                                            actor.categories(),
                                            reply,
                                            LedgerTexts.balancing(reply, dice),
                                            true,
                                            reply == LegalBasis.OSL_10_15A,
                                            null)));
            file.stale = true;
            file.unanswered--;
            if (file.unanswered == 0 && !file.concluded) {
                s.at(s.moments.after(s.now(), Duration.ofHours(1), Duration.ofHours(8), dice), () -> conclude(file));
            }
        });
    }

    /** What the question to the actor may be disclosed on: to the police about crime, 18 a § or 15 a §. */
    private static LegalBasis outgoingBasis(ConcernFile file, Asked actor, LocalDate today, Dice dice) {
        if (actor.kind() == PartyKind.POLICE && file.child.ageOn(today) < 21) {
            if (LegalBasis.OSL_10_15A.inForceOn(today) && dice.chance(0.4)) {
                return LegalBasis.OSL_10_15A;
            }
            return dice.chance(0.6) ? LegalBasis.OSL_10_18A : LegalBasis.OSL_10_2;
        }
        return LegalBasis.OSL_10_2;
    }

    /** What the actor discloses its answer on: 15 a § from the police once in force, else the general clause. */
    private static LegalBasis incomingBasis(PartyKind kind, LocalDate today) {
        if (kind == PartyKind.POLICE && LegalBasis.OSL_10_15A.inForceOn(today)) {
            return LegalBasis.OSL_10_15A;
        }
        return LegalBasis.OSL_10_27;
    }

    private void feedback(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        s.intake.refresh(file, ic);
        Concern told = s.as(
                ic, () -> s.services.concerns().giveFeedback(file.id, file.version, IntakeTexts.firstFeedback(dice)));
        file.version = told.version();
    }

    private void conclude(ConcernFile file) {
        if (file.concluded) {
            // The last two answers came in on either side of a later question, and each planned the
            // conclusion: the gathering is concluded once.
            return;
        }
        Dice dice = file.child.dice;
        file.concluded = true;
        Staffer ic = s.coordinator(dice);
        s.intake.refresh(file, ic);
        boolean assess = file.outcome == Outcome.ACTIVATE && file.complexity == Complexity.HIGH && dice.chance(0.6);
        Concern.GatheringOutcome outcome = assess
                ? Concern.GatheringOutcome.NEEDS_ASSESSMENT
                : file.outcome == Outcome.ACTIVATE || dice.chance(0.5)
                        ? Concern.GatheringOutcome.CONFIRMED
                        : Concern.GatheringOutcome.DISMISSED;
        Concern concluded = s.as(
                ic,
                () -> s.services
                        .concerns()
                        .concludeGathering(
                                file.id, file.version, outcome, IntakeTexts.gatheringSummary(outcome.name(), dice)));
        file.version = concluded.version();
        if (assess) {
            s.at(s.moments.daysAfter(s.now(), 1, 3, dice), () -> assess(file));
        } else {
            s.at(decisionMoment(dice), () -> s.intake.decide(file));
        }
    }

    private void assess(ConcernFile file) {
        Dice dice = file.child.dice;
        Staffer ic = s.coordinator(dice);
        s.intake.refresh(file, ic);
        String[] outputs = IntakeTexts.assessment(dice);
        Concern held = s.as(
                ic,
                () -> s.services
                        .concerns()
                        .holdAssessment(
                                file.id,
                                file.version,
                                outputs[0],
                                outputs[1],
                                outputs[2],
                                IntakeTexts.assessmentParticipants(dice)));
        file.version = held.version();
        s.at(decisionMoment(dice), () -> s.intake.decide(file));
    }

    /** Mostly within a day or two; now and then after the decision window has passed. */
    private Instant decisionMoment(Dice dice) {
        return dice.chance(0.1)
                ? s.moments.daysAfter(s.now(), 5, 9, dice)
                : s.moments.after(s.now(), Duration.ofHours(2), Duration.ofHours(40), dice);
    }

    static PartyKind partyKind(ReportingOrganisationKind kind) {
        return switch (kind) {
            case SCHOOL, PRESCHOOL -> PartyKind.SCHOOL;
            case INDEPENDENT_SCHOOL -> PartyKind.INDEPENDENT_SCHOOL;
            case POLICE -> PartyKind.POLICE;
            case HEALTH_CARE -> PartyKind.HEALTH_CARE;
            case LEISURE -> PartyKind.LEISURE;
            case SOCIAL_SERVICES -> PartyKind.SOCIAL_SERVICES;
            case CIVIL_SOCIETY -> PartyKind.PRIVATE;
            case OTHER -> PartyKind.OTHER_AUTHORITY;
        };
    }
}
