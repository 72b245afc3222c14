package se.traden.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory and municipal rules that decide whether one record is thinned now, in the order a
 * reviewer reads them:
 *
 * <ol>
 *   <li>Nothing is thinned before the rule's years have passed since the record's last entry (SoL: a
 *       personal record is thinned five years after its last entry).
 *   <li>A record under a hold is kept (a legal matter, a request for the file, an investigation of the
 *       operation).
 *   <li>A child's file with a placement outside the home is kept (SoL: documents about a child placed in
 *       a family home or an HVB are not thinned).
 *   <li>A child born on the 5th, 15th or 25th of a month is kept when the rule keeps the research sample
 *       (socialtjänstförordningen: these files are kept for research).
 *   <li>A child's records are kept until the child has reached the rule's age, when it has one (a
 *       longer thinning time counted from the child's birth has been proposed for records about
 *       children; the default keeps them until the child is 30).
 * </ol>
 *
 * A rule that is off thins nothing.
 */
final class RetentionPolicy {
    static final Set<Integer> RESEARCH_SAMPLE_DAYS = Set.of(5, 15, 25);

    private RetentionPolicy() {}

    /** What is known about one record (or a child's whole file) when it is judged. */
    record Facts(Instant lastEntry, boolean held, boolean placed, LocalDate birthDate, Integer birthYear) {}

    /** The answer: not due yet, due and kept for a reason, or due and thinned. */
    sealed interface Verdict {
        record NotDue() implements Verdict {}

        record Kept(KeptBecause reason) implements Verdict {}

        record Thin() implements Verdict {}
    }

    static Verdict judge(RetentionRule rule, Facts facts, Instant asOf, ZoneId zone) {
        if (!rule.enabled()
                || facts.lastEntry() == null
                || rule.dueFrom(facts.lastEntry(), zone).isAfter(asOf)) {
            return new Verdict.NotDue();
        }
        return keptBecause(rule, facts, asOf, zone)
                .<Verdict>map(Verdict.Kept::new)
                .orElseGet(Verdict.Thin::new);
    }

    static Optional<KeptBecause> keptBecause(RetentionRule rule, Facts facts, Instant asOf, ZoneId zone) {
        if (facts.held()) {
            return Optional.of(KeptBecause.HOLD);
        }
        if (facts.placed()) {
            return Optional.of(KeptBecause.PLACEMENT);
        }
        if (rule.keepResearchSample()
                && rule.type().researchSampleApplies()
                && facts.birthDate() != null
                && RESEARCH_SAMPLE_DAYS.contains(facts.birthDate().getDayOfMonth())) {
            return Optional.of(KeptBecause.RESEARCH_SAMPLE);
        }
        if (rule.keepUntilAge() != null && rule.type().ageApplies()) {
            // Only the year known: counted from its last day, so that the child has surely reached the age.
            LocalDate birth = facts.birthDate() != null
                    ? facts.birthDate()
                    : facts.birthYear() == null ? null : LocalDate.of(facts.birthYear(), 12, 31);
            LocalDate reached = rule.ageReachedOn(birth);
            if (reached != null && reached.isAfter(asOf.atZone(zone).toLocalDate())) {
                return Optional.of(KeptBecause.AGE);
            }
        }
        return Optional.empty();
    }
}
