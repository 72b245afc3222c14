package se.traden.people;

import java.util.ArrayList;
import java.util.List;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** Given name(s) and family name, as the person is registered; both are needed. */
record PersonName(String givenNames, String familyName) {
    static final int MAX_LENGTH = 200;

    PersonName {
        givenNames = Violations.clean(givenNames);
        familyName = Violations.clean(familyName);
        List<FieldViolation> violations = new ArrayList<>();
        check(violations, "givenNames", givenNames);
        check(violations, "familyName", familyName);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void check(List<FieldViolation> violations, String field, String value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "required"));
        } else if (value.length() > MAX_LENGTH) {
            violations.add(FieldViolation.of(field, "too-long", MAX_LENGTH));
        }
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
