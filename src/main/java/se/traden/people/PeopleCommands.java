package se.traden.people;

/**
 * What a person asks the register to do, as typed: the service reads and checks every field. Flags
 * and numbers are boxed because JSON may leave them out; absent means false, page 0, default size.
 */
final class PeopleCommands {
    private PeopleCommands() {}

    /** A child to register: {@code identityKind} says which one of number, co-ordination number or reserve identity. */
    record RegisterChild(
            String givenNames,
            String familyName,
            String identityKind,
            String personalNumber,
            String reserveReason,
            String dateOfBirth,
            Boolean protectedIdentity) {}

    /** A guardian or network person registered in relation to a child. */
    record RegisterRelated(
            String relation,
            String givenNames,
            String familyName,
            String personalNumber,
            String dateOfBirth,
            String phone,
            String email,
            String address,
            Boolean protectedIdentity) {}

    /** The corrected details of a registered person. */
    record CorrectPerson(
            String givenNames,
            String familyName,
            String personalNumber,
            String dateOfBirth,
            Boolean protectedIdentity,
            String phone,
            String email,
            String address) {}

    /** Find by exact number (any accepted form) or by name; one of the two. Pages count from 0. */
    record SearchPeople(String personalNumber, String name, Integer page, Integer size) {}
}
