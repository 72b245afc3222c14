package se.traden.people;

import java.time.LocalDate;
import java.util.List;

/** A person as shown on the person page and in the API: identity, date of birth, age and relations. */
record PersonView(
        PersonId id,
        PersonKind kind,
        String givenNames,
        String familyName,
        IdentityKind identityKind,
        String personalNumber,
        String reserveId,
        String reserveReason,
        LocalDate dateOfBirth,
        Integer age,
        boolean protectedIdentity,
        String phone,
        String email,
        String address,
        long version,
        List<RelatedPerson> relations,
        boolean contactHidden) {

    PersonView {
        relations = List.copyOf(relations);
    }

    static PersonView of(Person person, List<RelatedPerson> relations, LocalDate today) {
        return of(person, relations, today, false);
    }

    /**
     * With {@code hideContact}, a protected person's address, phone and e-mail are left out: the reader is
     * not named on the person's case.
     */
    static PersonView of(Person person, List<RelatedPerson> relations, LocalDate today, boolean hideContact) {
        return new PersonView(
                person.id(),
                person.kind(),
                person.name().givenNames(),
                person.name().familyName(),
                person.identityKind(),
                person.number().map(PersonalIdentityNumber::formatted).orElse(null),
                person.reserve().map(ReserveIdentity::id).orElse(null),
                person.reserve().map(ReserveIdentity::reason).orElse(null),
                person.dateOfBirth().orElse(null),
                person.ageOn(today).orElse(null),
                person.hasProtectedIdentity(),
                hideContact ? null : person.contact().phone(),
                hideContact ? null : person.contact().email(),
                hideContact ? null : person.contact().address(),
                person.version(),
                relations,
                hideContact);
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    public boolean isChild() {
        return kind == PersonKind.CHILD;
    }

    /** The relations in which this person is the child: the adults and others around it. */
    public List<RelatedPerson> around() {
        return relations.stream().filter(RelatedPerson::otherIsRelated).toList();
    }

    /** The relations in which this person is the relative: the children they stand to. */
    public List<RelatedPerson> children() {
        return relations.stream().filter(r -> !r.otherIsRelated()).toList();
    }
}
