package se.traden.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.traden.people.PeopleCommands.RegisterChild;

/** Reads the typed fields of the register's forms into values, adding each refusal to the violations. */
final class PersonInput {
    private PersonInput() {}

    /** A child to register as read: a number, or a reserve reason with a date of birth. */
    record Child(PersonName name, PersonalIdentityNumber number, String reserveReason, LocalDate dateOfBirth) {}

    /**
     * Reads a child's registration completely, so that every mistake is reported at once: exactly one
     * way of identifying the child, the number of the kind chosen, and a plausible date of birth.
     */
    static Child child(RegisterChild input, LocalDate today) {
        var violations = new Violations();
        PersonName name = violations.collect(() -> new PersonName(input.givenNames(), input.familyName()));
        IdentityKind identityKind = childIdentityKind(input.identityKind(), violations);
        LocalDate givenBirth = date("dateOfBirth", input.dateOfBirth(), violations);
        PersonalIdentityNumber number = null;
        String reserveReason = null;
        if (identityKind == IdentityKind.RESERVE) {
            reserveReason = violations.collect(() -> ReserveIdentity.requireReason(input.reserveReason()));
            if (Violations.clean(input.personalNumber()) != null) {
                violations.add("personalNumber", "person.number-with-reserve-identity");
            }
            if (givenBirth == null && !violations.has("dateOfBirth")) {
                violations.add("dateOfBirth", "person.date-of-birth-required");
            } else if (givenBirth != null) {
                DateOfBirthPolicy.rejectionForChild(givenBirth, today, "dateOfBirth")
                        .ifPresent(v -> violations.add(
                                v.field(), v.code(), v.arguments().toArray()));
            }
        } else if (identityKind != null) {
            number = number("personalNumber", input.personalNumber(), today, violations);
            if (number == null && !violations.has("personalNumber")) {
                violations.add("personalNumber", "person.personal-number-required");
            } else if (number != null && IdentityKind.of(number) != identityKind) {
                violations.add(
                        "personalNumber",
                        number.isCoordinationNumber()
                                ? "person.number-is-coordination"
                                : "person.number-is-not-coordination");
            }
            if (number != null && givenBirth != null) {
                PersonalIdentityNumber known = number;
                violations.collect(() -> Person.dateOfBirthOf(known, givenBirth));
            }
        }
        violations.throwIfAny();
        return new Child(name, number, reserveReason, number != null ? number.dateOfBirth() : givenBirth);
    }

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
