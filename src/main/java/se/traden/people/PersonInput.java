package se.traden.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the typed fields of the register's forms into values, adding each refusal to the violations. */
final class PersonInput {
    private PersonInput() {}

    static IdentityKind childIdentityKind(String input, Violations violations) {
        String text = Violations.clean(input);
        if (text != null) {
            for (IdentityKind kind : IdentityKind.values()) {
                if (kind != IdentityKind.NONE && kind.name().equals(text)) {
                    return kind;
                }
            }
        }
        violations.add("identityKind", "person.identity-kind-required");
        return null;
    }

    static RelationType relation(String input, Violations violations) {
        String text = Violations.clean(input);
        if (text != null) {
            for (RelationType type : RelationType.values()) {
                if (type.name().equals(text)) {
                    return type;
                }
            }
        }
        violations.add("relation", "person.relation-required");
        return null;
    }

    /** A number as typed, or null when none was typed; a refused number adds its reason. */
    static PersonalIdentityNumber number(String field, String input, LocalDate today, Violations violations) {
        if (Violations.clean(input) == null) {
            return null;
        }
        try {
            return PersonalIdentityNumber.parse(input, today);
        } catch (InvalidPersonalIdentityNumberException e) {
            violations.add(field, e.code());
            return null;
        }
    }

    /** A date as {@code yyyy-MM-dd} (what a date field sends), or null when none was given. */
    static LocalDate date(String field, String input, Violations violations) {
        String text = Violations.clean(input);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(field, "person.date-malformed");
            return null;
        }
    }
}
