package se.traden.people;

import java.time.LocalDate;

/** A person as listed among search results: enough to recognise them, nothing more. */
record PersonSummary(
        PersonId id,
        PersonKind kind,
        String fullName,
        IdentityKind identityKind,
        String personalNumber,
        String reserveId,
        LocalDate dateOfBirth,
        boolean protectedIdentity) {

    static PersonSummary of(Person person) {
        return new PersonSummary(
                person.id(),
                person.kind(),
                person.name().fullName(),
                person.identityKind(),
                person.number().map(PersonalIdentityNumber::formatted).orElse(null),
                person.reserve().map(ReserveIdentity::id).orElse(null),
                person.dateOfBirth().orElse(null),
                person.hasProtectedIdentity());
    }
}
