package se.traden.followup;

import java.time.LocalDate;
import java.util.List;
import se.traden.shared.FieldViolation;

/**
 * Texts written for the steering group and the quality report are about the operation, not about a
 * person. A name cannot be recognised by a machine, but a personal identity number can: a text that
 * holds a valid one is refused.
 */
final class ProcessText {
    private ProcessText() {}

    /** Adds the violations of one free-text field: too long, or naming a person by number. */
    static void check(List<FieldViolation> violations, String field, String text, int max, LocalDate today) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            violations.add(FieldViolation.of(field, "too-long", max));
        } else if (se.traden.people.PersonalNumbersInText.foundIn(text, today)) {
            violations.add(FieldViolation.of(field, "followup.personal-number-in-text"));
        }
    }
}
