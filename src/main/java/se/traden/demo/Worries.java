package se.traden.demo;

import static se.traden.demo.Dice.Weighted.of;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.traden.demo.ConcernFile.Outcome;
import se.traden.demo.Dice.Weighted;
import se.traden.intake.Complexity;
import se.traden.intake.MandatoryReport;
import se.traden.intake.ProblemArea;
import se.traden.organisation.ReportingOrganisationKind;

/**
 * How worries are distributed: who raises them (schools most, then police, health care, leisure, social
 * services and civil society), what they are about (school absence and mental ill-health common, crime
 * and substance use rarer, often in combination), how many are urgent (about one in seven), and where
 * the coordinator's decision goes (activation about two in five, the line a little more, simple advice
 * the rest).
 */
final class Worries {
    private Worries() {}

    static final List<Weighted<ReportingOrganisationKind>> SOURCES = List.of(
            of(ReportingOrganisationKind.SCHOOL, 44),
            of(ReportingOrganisationKind.POLICE, 18),
            of(ReportingOrganisationKind.HEALTH_CARE, 12),
            of(ReportingOrganisationKind.LEISURE, 10),
            of(ReportingOrganisationKind.SOCIAL_SERVICES, 10),
            of(ReportingOrganisationKind.CIVIL_SOCIETY, 6));

    private static final Map<ReportingOrganisationKind, List<Weighted<ProblemArea>>> FIRST = Map.of(
            ReportingOrganisationKind.SCHOOL,
            List.of(
                    of(ProblemArea.SCHOOL_ABSENCE, 55),
                    of(ProblemArea.MENTAL_ILL_HEALTH, 25),
                    of(ProblemArea.OTHER_NORM_BREAKING, 12),
                    of(ProblemArea.OTHER, 8)),
            ReportingOrganisationKind.POLICE,
            List.of(
                    of(ProblemArea.CRIME, 65),
                    of(ProblemArea.SUBSTANCE_USE, 15),
                    of(ProblemArea.OTHER_NORM_BREAKING, 20)),
            ReportingOrganisationKind.HEALTH_CARE,
            List.of(
                    of(ProblemArea.MENTAL_ILL_HEALTH, 70),
                    of(ProblemArea.SUBSTANCE_USE, 18),
                    of(ProblemArea.OTHER, 12)),
            ReportingOrganisationKind.LEISURE,
            List.of(
                    of(ProblemArea.OTHER_NORM_BREAKING, 40),
                    of(ProblemArea.CRIME, 28),
                    of(ProblemArea.SUBSTANCE_USE, 18),
                    of(ProblemArea.MENTAL_ILL_HEALTH, 14)),
            ReportingOrganisationKind.SOCIAL_SERVICES,
            List.of(
                    of(ProblemArea.OTHER, 30),
                    of(ProblemArea.MENTAL_ILL_HEALTH, 25),
                    of(ProblemArea.OTHER_NORM_BREAKING, 25),
                    of(ProblemArea.SCHOOL_ABSENCE, 20)),
            ReportingOrganisationKind.CIVIL_SOCIETY,
            List.of(
                    of(ProblemArea.OTHER_NORM_BREAKING, 40),
                    of(ProblemArea.SUBSTANCE_USE, 30),
                    of(ProblemArea.CRIME, 30)));

    private static final List<Weighted<ProblemArea>> ALSO = List.of(
            of(ProblemArea.SCHOOL_ABSENCE, 32),
            of(ProblemArea.MENTAL_ILL_HEALTH, 30),
            of(ProblemArea.OTHER_NORM_BREAKING, 14),
            of(ProblemArea.CRIME, 10),
            of(ProblemArea.SUBSTANCE_USE, 7),
            of(ProblemArea.OTHER, 7));

    static Set<ProblemArea> areas(ReportingOrganisationKind source, int age, Dice dice) {
        Set<ProblemArea> areas = EnumSet.of(dice.weighted(FIRST.get(normalised(source))));
        if (dice.chance(0.45)) {
            areas.add(dice.weighted(ALSO));
        }
        if (dice.chance(0.12)) {
            areas.add(dice.weighted(ALSO));
        }
        if (age < 11 && areas.remove(ProblemArea.SUBSTANCE_USE) | areas.remove(ProblemArea.CRIME)) {
            areas.add(ProblemArea.OTHER_NORM_BREAKING);
        }
        return areas;
    }

    static ReportingOrganisationKind normalised(ReportingOrganisationKind kind) {
        return kind == ReportingOrganisationKind.INDEPENDENT_SCHOOL ? ReportingOrganisationKind.SCHOOL : kind;
    }

    static boolean urgent(ReportingOrganisationKind source, Dice dice) {
        return dice.chance(
                switch (source) {
                    case POLICE -> 0.28;
                    case CIVIL_SOCIETY -> 0.2;
                    default -> 0.1;
                });
    }

    static MandatoryReport mandatoryReport(ReportingOrganisationKind source, boolean urgent, Dice dice) {
        if (urgent || source == ReportingOrganisationKind.POLICE) {
            return dice.chance(0.85) ? MandatoryReport.FILED : MandatoryReport.WILL_BE_FILED;
        }
        return dice.weighted(List.of(
                of(MandatoryReport.FILED, 40),
                of(MandatoryReport.WILL_BE_FILED, 30),
                of(MandatoryReport.NOT_APPLICABLE, 30)));
    }

    /** Where the first decision on a worry goes. */
    static Outcome outcome(Set<ProblemArea> areas, boolean urgent, int age, Dice dice) {
        double activate = urgent ? 62 : 34;
        double simple = urgent ? 4 : 17;
        if (areas.size() > 1) {
            activate += 10;
        }
        if (age < 10) {
            simple += 8;
        }
        return dice.weighted(List.of(of(Outcome.ACTIVATE, activate), of(Outcome.LINE, 45), of(Outcome.SIMPLE, simple)));
    }

    /** The complexity the coordinator records at triage, in keeping with where the decision goes. */
    static Complexity complexity(Outcome outcome, Dice dice) {
        return switch (outcome) {
            case SIMPLE -> Complexity.LOW;
            case LINE ->
                dice.weighted(List.of(of(Complexity.LOW, 45), of(Complexity.MEDIUM, 45), of(Complexity.HIGH, 10)));
            case ACTIVATE, REENGAGE -> dice.weighted(List.of(of(Complexity.MEDIUM, 35), of(Complexity.HIGH, 65)));
        };
    }

    /** The competence tag that speaks for a case manager for this problem area. */
    static String competenceFor(ProblemArea area) {
        return switch (area) {
            case SCHOOL_ABSENCE -> "skolfrånvaro";
            case MENTAL_ILL_HEALTH -> "psykisk ohälsa";
            case CRIME -> "kriminalitet";
            case SUBSTANCE_USE -> "missbruk";
            case OTHER_NORM_BREAKING -> "normbrytande beteende";
            case OTHER -> "familjebehandling";
        };
    }
}
