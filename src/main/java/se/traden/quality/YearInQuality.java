package se.traden.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FunctionType;

/**
 * A municipality's year of deviation and improvement work and its risk analysis, for the annual quality
 * report (kvalitetsberättelse, SOSFS 2011:9, 7 kap.). Nothing in it identifies a person: no names, no
 * cases; who did something is given by function.
 *
 * @param deviations the deviations raised in the year, the earliest first
 * @param byCategory how many of them affected each step of the process (every step, zero included)
 * @param byStatus how many of them stand at each status now (every status, zero included)
 * @param risks the risks of the operation identified by the end of the year, as they stand now
 */
public record YearInQuality(
        UUID municipalityId,
        int year,
        List<DeviationRecord> deviations,
        Map<ProcessStep, Long> byCategory,
        Map<DeviationStatus, Long> byStatus,
        List<RiskRecord> risks) {

    public YearInQuality {
        deviations = List.copyOf(deviations);
        byCategory = inOrder(ProcessStep.class, byCategory);
        byStatus = inOrder(DeviationStatus.class, byStatus);
        risks = List.copyOf(risks);
    }

    /** An unmodifiable copy that iterates in the enum's order, as the report lists them. */
    private static <E extends Enum<E>> Map<E, Long> inOrder(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> ordered = new EnumMap<>(type);
        ordered.putAll(counts);
        return Collections.unmodifiableMap(ordered);
    }

    /** One deviation: what happened, its analysis, its actions and its follow-up. */
    public record DeviationRecord(
            String reference,
            LocalDate raisedOn,
            FunctionType raisedByFunction,
            DeviationSource source,
            ProcessStep category,
            String whatHappened,
            String analysis,
            DeviationStatus status,
            List<ActionRecord> actions,
            FollowUpRecord followUp) {

        public DeviationRecord {
            actions = List.copyOf(actions);
        }
    }

    /** An improvement action: what, the owner's function, when it was due and when it was done. */
    public record ActionRecord(
            String what, FunctionType ownerFunction, LocalDate dueOn, LocalDate doneOn, String doneNote) {

        public boolean done() {
            return doneOn != null;
        }

        /** Done after its due date. */
        public boolean doneLate() {
            return doneOn != null && doneOn.isAfter(dueOn);
        }
    }

    /** The follow-up that closed a deviation: whether the actions had effect, and in words. */
    public record FollowUpRecord(LocalDate on, FunctionType byFunction, boolean effective, String text) {}

    /** A risk of the operation, all of it: it is about the process, never a person. */
    public record RiskRecord(
            UUID id,
            String title,
            String description,
            ProcessStep processStep,
            int likelihood,
            int consequence,
            int value,
            RiskBand band,
            String measures,
            FunctionType owner,
            LocalDate reviewOn,
            RiskStatus status,
            LocalDate identifiedOn,
            long version) {}
}
