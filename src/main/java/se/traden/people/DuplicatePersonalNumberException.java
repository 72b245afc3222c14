package se.traden.people;

import se.traden.shared.RuleViolationException;

/**
 * The number is already registered in this municipality. Points at the person it belongs to (the API
 * link by default; the UI shows its own page link from {@link #existingPerson()}), so that the
 * registrar can open that person instead of creating a second one.
 */
class DuplicatePersonalNumberException extends RuleViolationException {
    static final String CODE = "person.duplicate-personal-number";

    private final PersonId existingPerson;

    DuplicatePersonalNumberException(PersonId existingPerson) {
        super(CODE, "personalNumber", "/api/v1/people/" + existingPerson);
        this.existingPerson = existingPerson;
    }

    PersonId existingPerson() {
        return existingPerson;
    }
}
