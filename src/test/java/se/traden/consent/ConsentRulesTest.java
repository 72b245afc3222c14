package se.traden.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/** The consent rules one by one, without a database. */
class ConsentRulesTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOON = TODAY.atTime(12, 0).atZone(ZONE).toInstant();
    static final UUID CHILD = UUID.randomUUID();
    static final UUID MOTHER = UUID.randomUUID();

    final ConsentScopePolicy scope = new ConsentScopePolicy();
    final ConsentGiverPolicy givers = new ConsentGiverPolicy();

    @Test
    void noRecipientsOrNoCategoriesIsABlanketWaiver() {
        assertThat(codes(scope.assess(consent(List.of(), Set.of()), TODAY)))
                .containsExactlyInAnyOrder("consent.recipients-required", "consent.categories-required");
        assertThat(scope.assess(consent(List.of(school()), Set.of(InformationCategory.SCHOOL)), TODAY)
                        .allowed())
                .isTrue();
    }

    @Test
    void theSameRecipientTwiceIsOneRecipient() {
        var twice = consent(
                List.of(school(), new NewConsent.NewRecipient(" sjöskolan", PartyKind.SCHOOL)),
                Set.of(InformationCategory.SCHOOL));
        assertThat(codes(scope.assess(twice, TODAY))).containsExactly("consent.recipient-twice");
    }

    @Test
    void anAdultConsentsOnlyForThemself() {
        Map<UUID, String> guardians = Map.of(MOTHER, "Anna");
        LocalDate eighteenToday = TODAY.minusYears(18);
        assertThat(codes(givers.assess(List.of(MOTHER), CHILD, guardians, eighteenToday, TODAY)
                        .ruling()))
                .containsExactly("consent.adult-only-self");
        assertThat(givers.assess(List.of(MOTHER), CHILD, guardians, eighteenToday.plusDays(1), TODAY)
                        .ruling()
                        .allowed())
                .isTrue();
        assertThat(givers.assess(List.of(CHILD), CHILD, guardians, eighteenToday, TODAY)
                        .ruling()
                        .allowed())
                .isTrue();
        assertThat(codes(givers.assess(List.of(MOTHER), CHILD, guardians, null, TODAY)
                        .ruling()))
                .containsExactly("consent.age-unknown");
    }

    @Test
    void aPartialWithdrawalTakesAwayOnlyWhatItNamesFromItsMomentOn() {
        Consent c = given();
        UUID police = c.recipients().get(1).id();
        Party policeParty = new Party("Polisen", PartyKind.POLICE, null);
        Party schoolParty = new Party("Sjöskolan", PartyKind.SCHOOL, null);
        Instant oneOClock = NOON.plusSeconds(3600);
        c.withdraw(
                new Consent.WithdrawalRequest(
                        oneOClock, "Anna", Set.of(police), Set.of(InformationCategory.FAMILY), null),
                oneOClock,
                ZONE,
                UUID.randomUUID());

        assertThat(c.coveredFor(police, NOON, ZONE))
                .containsExactly(InformationCategory.SCHOOL, InformationCategory.FAMILY);
        assertThat(c.coveredFor(police, oneOClock, ZONE)).containsExactly(InformationCategory.SCHOOL);
        assertThat(c.statusAt(oneOClock, ZONE)).isEqualTo(ConsentStatus.PARTLY_WITHDRAWN);
        // The ledger asks by day: on the day of the withdrawal it counts already.
        assertThat(c.coversOn(policeParty, Set.of(InformationCategory.FAMILY), TODAY, ZONE))
                .isFalse();
        assertThat(c.coversOn(policeParty, Set.of(InformationCategory.FAMILY), TODAY.minusDays(1), ZONE))
                .isFalse();
        assertThat(c.coversOn(policeParty, Set.of(InformationCategory.SCHOOL), TODAY, ZONE))
                .isTrue();
        assertThat(c.coversOn(schoolParty, Set.of(InformationCategory.FAMILY), TODAY, ZONE))
                .isTrue();
        assertThat(c.coversOn(schoolParty, Set.of(InformationCategory.HEALTH), TODAY, ZONE))
                .isFalse();
    }

    @Test
    void aWithdrawalIsNeverAheadOfTimeAndAlwaysSaysWhoCommunicatedIt() {
        Consent c = given();
        assertThatThrownBy(() -> c.withdraw(
                        new Consent.WithdrawalRequest(NOON.plusSeconds(3600), " ", Set.of(), Set.of(), null),
                        NOON,
                        ZONE,
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::code)
                                .containsExactlyInAnyOrder(
                                        "consent.communicated-by-required", "consent.withdrawal-in-future"));
        c.withdraw(
                new Consent.WithdrawalRequest(null, "Anna", Set.of(), Set.of(), null), NOON, ZONE, UUID.randomUUID());
        assertThat(c.statusAt(NOON, ZONE)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThatThrownBy(() -> c.withdraw(
                        new Consent.WithdrawalRequest(null, "Anna", Set.of(), Set.of(), null),
                        NOON,
                        ZONE,
                        UUID.randomUUID()))
                .isInstanceOf(RuleViolationException.class);
    }

    static Consent given() {
        return Consent.give(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CHILD,
                new ConsentGiverPolicy.Givers(List.of(new ConsentGiver(CHILD, GiverRole.CHILD)), new Ruling(List.of())),
                consent(
                        List.of(school(), new NewConsent.NewRecipient("Polisen", PartyKind.POLICE)),
                        EnumSet.of(InformationCategory.SCHOOL, InformationCategory.FAMILY)),
                TODAY,
                NOON.minusSeconds(7200),
                UUID.randomUUID());
    }

    static NewConsent.NewRecipient school() {
        return new NewConsent.NewRecipient("Sjöskolan", PartyKind.SCHOOL);
    }

    static NewConsent consent(List<NewConsent.NewRecipient> recipients, Set<InformationCategory> categories) {
        return new NewConsent(
                List.of(CHILD), categories, recipients, "Samordna stödet", TODAY, ConsentMethod.WRITTEN, null);
    }

    static List<String> codes(Ruling ruling) {
        return ruling.reasons().stream().map(FieldViolation::code).toList();
    }
}
