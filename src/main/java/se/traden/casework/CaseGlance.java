package se.traden.casework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A module's few lines about a case for the top of the case page ("Läget just nu"): what stands now in
 * its part of the case, and the next date it is waiting for. Declared as a Spring bean by the module that
 * keeps the part; called by the case page inside its own transaction after {@link CaseAccess} has let the
 * reader in, so a glance reads its own tables (one bounded query) and asks no access of its own.
 */
public interface CaseGlance {

    /** What the module has to say about the case, or nothing when it has nothing yet. */
    Optional<Glance> glance(CaseAccess.CaseRef ref, CollaborationCase collaborationCase);

    /**
     * A glance: the section page it links to, its heading, its lines, and the next date of the part with
     * the text of that step (both null when nothing is waiting).
     */
    record Glance(String sectionPath, String headingKey, List<Line> lines, LocalDate nextDate, String nextStepKey) {
        public Glance {
            Objects.requireNonNull(sectionPath);
            Objects.requireNonNull(headingKey);
            lines = List.copyOf(lines);
            if ((nextDate == null) != (nextStepKey == null)) {
                throw new IllegalArgumentException("a next date comes with the text of its step");
            }
        }
    }

    /** One line: a message key and its arguments, resolved by the page in the reader's language. */
    record Line(String messageKey, List<Object> arguments) {
        public Line {
            Objects.requireNonNull(messageKey);
            arguments = List.copyOf(arguments);
        }

        public static Line of(String messageKey, Object... arguments) {
            return new Line(messageKey, List.of(arguments));
        }
    }

    /** An argument of a line that is itself a text to translate (a kind, a status). */
    record Text(String messageKey) {}

    /** The earliest date any part of the case is waiting for, with its step and where it is kept. */
    record NextStep(LocalDate on, String stepKey, String sectionPath) {

        static Optional<NextStep> of(List<Glance> glances) {
            return glances.stream()
                    .filter(g -> g.nextDate() != null)
                    .min(Comparator.comparing(Glance::nextDate))
                    .map(g -> new NextStep(g.nextDate(), g.nextStepKey(), g.sectionPath()));
        }
    }
}
