package se.traden.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RuleViolationException;

class PersonTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final MunicipalityId SJOSTAD = new MunicipalityId(UUID.randomUUID());
    static final PersonName ELSA = new PersonName("Elsa", "Ström");

    @Test
    void aChildRegisteredByNumberTakesItsDateOfBirthFromTheNumber() {
        var number = number("20140310", "123");

        Person child = Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number, false, TODAY);

        assertThat(child.kind()).isEqualTo(PersonKind.CHILD);
        assertThat(child.identityKind()).isEqualTo(IdentityKind.PERSONAL_NUMBER);
        assertThat(child.dateOfBirth()).contains(LocalDate.of(2014, 3, 10));
        assertThat(child.ageOn(TODAY)).contains(12);
        assertThat(child.version()).isZero();
    }

    @Test
    void aChildRegisteredByCoordinationNumberIsKnownAsSuch() {
        Person child = Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number("20140370", "123"), true, TODAY);

        assertThat(child.identityKind()).isEqualTo(IdentityKind.COORDINATION_NUMBER);
        assertThat(child.dateOfBirth()).contains(LocalDate.of(2014, 3, 10));
        assertThat(child.hasProtectedIdentity()).isTrue();
    }

    @Test
    void aChildBornMoreThanTwentyFiveYearsAgoIsRefusedAsImplausible() {
        var number = number("20000614", "123");

        var refusal = catchThrowableOfType(
                InvalidInputException.class,
                () -> Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number, false, TODAY));

        assertThat(refusal.violations())
                .containsExactly(FieldViolation.of("personalNumber", "person.child-born-too-long-ago", 25));
        assertThat(DateOfBirthPolicy.rejectionForChild(LocalDate.of(2001, 6, 15), TODAY, "dateOfBirth"))
                .isEmpty();
    }

    @Test
    void aChildWithAReserveIdentityNeedsAPlausibleDateOfBirth() {
        var reserve = new ReserveIdentity("R-2026-000001", "Nyanländ, nummer saknas");

        assertThat(codes(() -> Person.registerChildWithReserveIdentity(
                        PersonId.newId(), SJOSTAD, ELSA, reserve, null, false, TODAY)))
                .containsExactly("person.date-of-birth-required");
        assertThat(codes(() -> Person.registerChildWithReserveIdentity(
                        PersonId.newId(), SJOSTAD, ELSA, reserve, TODAY.plusDays(1), false, TODAY)))
                .containsExactly("person.date-of-birth-in-future");

        Person child = Person.registerChildWithReserveIdentity(
                PersonId.newId(), SJOSTAD, ELSA, reserve, LocalDate.of(2015, 1, 2), false, TODAY);
        assertThat(child.identityKind()).isEqualTo(IdentityKind.RESERVE);
        assertThat(child.number()).isEmpty();
        assertThat(child.reserve()).contains(reserve);
    }

    @Test
    void aReserveIdentityNeedsAStatedReason() {
        assertThat(codes(() -> new ReserveIdentity("R-2026-000001", "  ")))
                .containsExactly("person.reserve-reason-required");
        assertThatThrownBy(() -> new ReserveIdentity("2026-1", "skäl")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReserveIdentity.format(2026, 123)).isEqualTo("R-2026-000123");
    }

    @Test
    void aChildGivenANumberLaterKeepsItsReserveIdentityOnRecord() {
        var reserve = new ReserveIdentity("R-2026-000002", "Okänt nummer vid akut placering");
        Person child = Person.registerChildWithReserveIdentity(
                PersonId.newId(), SJOSTAD, ELSA, reserve, LocalDate.of(2015, 1, 2), false, TODAY);

        child.identifyBy(number("20150103", "456"), TODAY);

        assertThat(child.identityKind()).isEqualTo(IdentityKind.PERSONAL_NUMBER);
        assertThat(child.dateOfBirth()).contains(LocalDate.of(2015, 1, 3));
        assertThat(child.reserve()).contains(reserve);
    }

    @Test
    void aDateOfBirthBesideANumberMustAgreeWithIt() {
        var number = number("19800101", "123");

        assertThat(codes(() -> Person.registerRelated(
                        PersonId.newId(),
                        SJOSTAD,
                        RelationType.GUARDIAN,
                        ELSA,
                        number,
                        LocalDate.of(1980, 1, 2),
                        ContactDetails.NONE,
                        false,
                        TODAY)))
                .containsExactly("person.date-of-birth-mismatch");

        Person guardian = Person.registerRelated(
                PersonId.newId(), SJOSTAD, RelationType.GUARDIAN, ELSA, number, null, null, false, TODAY);
        assertThat(codes(() -> guardian.correctDateOfBirth(LocalDate.of(1981, 1, 1), TODAY)))
                .containsExactly("person.date-of-birth-mismatch");
    }

    @Test
    void aGuardianIsRegisteredAsGuardianAndEveryoneElseAsNetwork() {
        Person guardian = Person.registerRelated(
                PersonId.newId(), SJOSTAD, RelationType.GUARDIAN, ELSA, null, null, null, false, TODAY);
        Person grandparent = Person.registerRelated(
                PersonId.newId(),
                SJOSTAD,
                RelationType.GRANDPARENT,
                ELSA,
                null,
                LocalDate.of(1950, 5, 5),
                new ContactDetails("070-123 45 67", "mormor@example.se", "Storgatan 1"),
                false,
                TODAY);

        assertThat(guardian.kind()).isEqualTo(PersonKind.GUARDIAN);
        assertThat(guardian.identityKind()).isEqualTo(IdentityKind.NONE);
        assertThat(guardian.ageOn(TODAY)).isEmpty();
        assertThat(grandparent.kind()).isEqualTo(PersonKind.NETWORK);
        assertThat(grandparent.contact().email()).isEqualTo("mormor@example.se");
    }

    @Test
    void aPersonIsRelatedOnlyToAChildNotToThemselvesAndOnlyOnce() {
        Person child = Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number("20140310", "123"), false, TODAY);
        Person sibling = Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number("20160310", "123"), false, TODAY);
        Person guardian = Person.registerRelated(
                PersonId.newId(), SJOSTAD, RelationType.GUARDIAN, ELSA, null, null, null, false, TODAY);

        PersonRelation first = guardian.relateTo(child, RelationType.GUARDIAN, List.of());
        PersonRelation second = guardian.relateTo(sibling, RelationType.GUARDIAN, List.of());
        assertThat(first.child()).isEqualTo(child.id());
        assertThat(second.child()).isEqualTo(sibling.id());
        assertThat(sibling.relateTo(child, RelationType.SIBLING, List.of(first)).person())
                .isEqualTo(sibling.id());

        assertThat(rule(() -> guardian.relateTo(child, RelationType.GUARDIAN, List.of(first))))
                .isEqualTo("person.already-related");
        assertThat(rule(() -> child.relateTo(guardian, RelationType.OTHER, List.of())))
                .isEqualTo("person.not-a-child");
        assertThat(rule(() -> child.relateTo(child, RelationType.SIBLING, List.of())))
                .isEqualTo("person.self-relation");
    }

    @Test
    void namesAndContactDetailsCheckThemselves() {
        assertThat(codes(() -> new PersonName(" ", null))).containsExactly("required", "required");
        assertThat(codes(() -> new PersonName("x".repeat(201), "Ström"))).containsExactly("too-long");
        assertThat(new PersonName("  Elsa ", "Ström ").fullName()).isEqualTo("Elsa Ström");
        assertThat(codes(() -> new ContactDetails("ring mig", "inte-en-adress", null)))
                .containsExactly("person.phone-malformed", "person.email-malformed");
        assertThat(new ContactDetails(" ", "", null)).isEqualTo(ContactDetails.NONE);
    }

    @Test
    void aCorrectedNameReplacesTheOld() {
        Person child = Person.registerChild(PersonId.newId(), SJOSTAD, ELSA, number("20140310", "123"), false, TODAY);

        child.correctName(new PersonName("Elsa Maria", "Ström"));
        child.recordProtectedIdentity(true);

        assertThat(child.name().fullName()).isEqualTo("Elsa Maria Ström");
        assertThat(child.hasProtectedIdentity()).isTrue();
    }

    private static PersonalIdentityNumber number(String date, String serial) {
        return PersonalIdentityNumber.parse(PersonalIdentityNumberTest.valid(date, serial), TODAY);
    }

    private static List<String> codes(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var refusal = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(refusal).isNotNull();
        return refusal.violations().stream().map(FieldViolation::code).toList();
    }

    private static String rule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var refusal = catchThrowableOfType(RuleViolationException.class, call);
        assertThat(refusal).isNotNull();
        return refusal.code();
    }
}
