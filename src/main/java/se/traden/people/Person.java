package se.traden.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RuleViolationException;

/**
 * A person in one municipality's register: a child the collaboration is about, or a guardian or
 * network person around a child.
 *
 * <p>Its life: a child is {@linkplain #registerChild registered} with a personal identity number or
 * a co-ordination number, or — when no number is known — {@linkplain #registerChildWithReserveIdentity
 * with a reserve identity}, a stated reason and a given date of birth. The adults around a child are
 * {@linkplain #registerRelated registered in relation to it}, with a number when one is known; one
 * adult may then be {@linkplain #relateTo related} to further children, as siblings share guardians.
 * Afterwards the name is {@linkplain #correctName corrected}, someone without a number is
 * {@linkplain #identifyBy identified} (a child's reserve identity stays on record beside the new
 * number), contact details change and the protected-identity flag is set or lifted. The municipality
 * is fixed for life: the same human being known in two municipalities is two unrelated persons, since
 * each municipality is its own secrecy boundary. Every change is one version further; an edit made
 * from an older version is refused.
 */
final class Person {
    private final PersonId id;
    private final MunicipalityId municipalityId;
    private final PersonKind kind;
    private final ReserveIdentity reserve;
    private final long version;
    private PersonName name;
    private IdentityKind identityKind;
    private PersonalIdentityNumber number;
    private LocalDate dateOfBirth;
    private boolean protectedIdentity;
    private ContactDetails contact;

    private Person(
            PersonId id,
            MunicipalityId municipalityId,
            PersonKind kind,
            PersonName name,
            IdentityKind identityKind,
            PersonalIdentityNumber number,
            ReserveIdentity reserve,
            LocalDate dateOfBirth,
            boolean protectedIdentity,
            ContactDetails contact,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.municipalityId = Objects.requireNonNull(municipalityId, "municipality");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.identityKind = Objects.requireNonNull(identityKind, "identity kind");
        this.number = number;
        this.reserve = reserve;
        this.dateOfBirth = dateOfBirth;
        this.protectedIdentity = protectedIdentity;
        this.contact = contact == null ? ContactDetails.NONE : contact;
        this.version = version;
    }

    /** Registers a child identified by its personal identity number or co-ordination number. */
    static Person registerChild(
            PersonId id,
            MunicipalityId municipalityId,
            PersonName name,
            PersonalIdentityNumber number,
            boolean protectedIdentity,
            LocalDate today) {
        DateOfBirthPolicy.requirePlausible(PersonKind.CHILD, number.dateOfBirth(), today, "personalNumber");
        return new Person(
                id,
                municipalityId,
                PersonKind.CHILD,
                name,
                IdentityKind.of(number),
                number,
                null,
                number.dateOfBirth(),
                protectedIdentity,
                ContactDetails.NONE,
                0);
    }

    /** Registers a child whose number is not known, under the municipality's reserve identity. */
    static Person registerChildWithReserveIdentity(
            PersonId id,
            MunicipalityId municipalityId,
            PersonName name,
            ReserveIdentity reserve,
            LocalDate dateOfBirth,
            boolean protectedIdentity,
            LocalDate today) {
        Objects.requireNonNull(reserve, "reserve identity");
        if (dateOfBirth == null) {
            throw InvalidInputException.of("dateOfBirth", "person.date-of-birth-required");
        }
        DateOfBirthPolicy.requirePlausible(PersonKind.CHILD, dateOfBirth, today, "dateOfBirth");
        return new Person(
                id,
                municipalityId,
                PersonKind.CHILD,
                name,
                IdentityKind.RESERVE,
                null,
                reserve,
                dateOfBirth,
                protectedIdentity,
                ContactDetails.NONE,
                0);
    }

    /**
     * Registers an adult (or another young person) who first comes into the register as related to a
     * child; a guardian becomes a {@link PersonKind#GUARDIAN}, anyone else a network person. The number
     * is optional; without one a date of birth may be given.
     */
    static Person registerRelated(
            PersonId id,
            MunicipalityId municipalityId,
            RelationType firstRelation,
            PersonName name,
            PersonalIdentityNumber number,
            LocalDate dateOfBirth,
            ContactDetails contact,
            boolean protectedIdentity,
            LocalDate today) {
        PersonKind kind = firstRelation.kindOfNewPerson();
        LocalDate born = number == null ? dateOfBirth : dateOfBirthOf(number, dateOfBirth);
        if (born != null) {
            DateOfBirthPolicy.requirePlausible(kind, born, today, "dateOfBirth");
        }
        return new Person(
                id,
                municipalityId,
                kind,
                name,
                number == null ? IdentityKind.NONE : IdentityKind.of(number),
                number,
                null,
                born,
                protectedIdentity,
                contact,
                0);
    }

    /** Puts back a person as stored; no rule is checked again. */
    static Person restore(
            PersonId id,
            MunicipalityId municipalityId,
            PersonKind kind,
            PersonName name,
            IdentityKind identityKind,
            PersonalIdentityNumber number,
            ReserveIdentity reserve,
            LocalDate dateOfBirth,
            boolean protectedIdentity,
            ContactDetails contact,
            long version) {
        return new Person(
                id,
                municipalityId,
                kind,
                name,
                identityKind,
                number,
                reserve,
                dateOfBirth,
                protectedIdentity,
                contact,
                version);
    }

    /** A number carries the date of birth; a date given beside it must agree with it. */
    static LocalDate dateOfBirthOf(PersonalIdentityNumber number, LocalDate given) {
        if (given != null && !given.equals(number.dateOfBirth())) {
            throw InvalidInputException.of("dateOfBirth", "person.date-of-birth-mismatch", number.dateOfBirth());
        }
        return number.dateOfBirth();
    }

    void correctName(PersonName corrected) {
        this.name = Objects.requireNonNull(corrected, "name");
    }

    /**
     * Identifies the person by a (new or corrected) number. The date of birth follows the number. A
     * child's reserve identity is kept as its former identity, so that what was recorded under it can
     * still be found.
     */
    void identifyBy(PersonalIdentityNumber newNumber, LocalDate today) {
        Objects.requireNonNull(newNumber, "number");
        DateOfBirthPolicy.requirePlausible(kind, newNumber.dateOfBirth(), today, "personalNumber");
        this.number = newNumber;
        this.identityKind = IdentityKind.of(newNumber);
        this.dateOfBirth = newNumber.dateOfBirth();
    }

    /**
     * Corrects the date of birth of someone without a number. With a number the date follows from it,
     * and a different date is refused rather than silently ignored.
     */
    void correctDateOfBirth(LocalDate corrected, LocalDate today) {
        if (number != null) {
            if (corrected != null) {
                dateOfBirthOf(number, corrected);
            }
            return;
        }
        if (corrected == null) {
            if (kind == PersonKind.CHILD) {
                throw InvalidInputException.of("dateOfBirth", "person.date-of-birth-required");
            }
            this.dateOfBirth = null;
            return;
        }
        DateOfBirthPolicy.requirePlausible(kind, corrected, today, "dateOfBirth");
        this.dateOfBirth = corrected;
    }

    void changeContactDetails(ContactDetails changed) {
        this.contact = changed == null ? ContactDetails.NONE : changed;
    }

    /** Sets or lifts the protected-identity flag (skyddad identitet). */
    void recordProtectedIdentity(boolean isProtected) {
        this.protectedIdentity = isProtected;
    }

    /**
     * Relates this person to a child. A relation is to a child only, never to oneself, and once per
     * pair of persons; both are in the same municipality.
     */
    PersonRelation relateTo(Person child, RelationType type, Collection<PersonRelation> relationsOfChild) {
        Objects.requireNonNull(type, "relation");
        if (!child.municipalityId.equals(municipalityId)) {
            throw new IllegalArgumentException("a relation never crosses municipalities");
        }
        if (child.kind != PersonKind.CHILD) {
            throw new RuleViolationException("person.not-a-child", null, null);
        }
        if (child.id.equals(id)) {
            throw new RuleViolationException("person.self-relation", null, null);
        }
        if (relationsOfChild.stream().anyMatch(r -> r.person().equals(id))) {
            throw new RuleViolationException("person.already-related", null, null);
        }
        return new PersonRelation(UUID.randomUUID(), child.id, id, type);
    }

    /** Whole years on the given day, when the date of birth is known. */
    Optional<Integer> ageOn(LocalDate today) {
        return Optional.ofNullable(dateOfBirth)
                .map(born -> Period.between(born, today).getYears());
    }

    PersonId id() {
        return id;
    }

    MunicipalityId municipalityId() {
        return municipalityId;
    }

    PersonKind kind() {
        return kind;
    }

    PersonName name() {
        return name;
    }

    IdentityKind identityKind() {
        return identityKind;
    }

    Optional<PersonalIdentityNumber> number() {
        return Optional.ofNullable(number);
    }

    Optional<ReserveIdentity> reserve() {
        return Optional.ofNullable(reserve);
    }

    Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    boolean hasProtectedIdentity() {
        return protectedIdentity;
    }

    ContactDetails contact() {
        return contact;
    }

    /** The version this person was read at; the stored version after a change is one more. */
    long version() {
        return version;
    }
}
