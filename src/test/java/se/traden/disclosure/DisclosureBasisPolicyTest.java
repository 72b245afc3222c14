package se.traden.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisclosureBasisPolicyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    final DisclosureBasisPolicy policy = new DisclosureBasisPolicy();

    static DisclosureRequest to(PartyKind to, LegalBasis basis) {
        return new DisclosureRequest(PartyKind.SOCIAL_SERVICES, to, basis, TODAY, 16, false, true, false, "avvägning");
    }

    @Test
    void section18aFitsSocialServicesToThePoliceAboutSomeoneUnder21() {
        assertThat(policy.assess(to(PartyKind.POLICE, LegalBasis.OSL_10_18A)).isAllowed())
                .isTrue();
    }

    @Test
    void section18aIsRefusedForAPersonAged21OrMore() {
        var request = new DisclosureRequest(
                PartyKind.SOCIAL_SERVICES, PartyKind.POLICE, LegalBasis.OSL_10_18A, TODAY, 21, false, true, false, "x");
        assertThat(policy.assess(request).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.18a-age");
    }

    @Test
    void section18aIsRefusedToARecipientThatIsNotThePolice() {
        assertThat(policy.assess(to(PartyKind.SCHOOL, LegalBasis.OSL_10_18A)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.18a-only-police");
    }

    @Test
    void section18aNeedsAKnownAgeAndTheSocialServicesAsDiscloser() {
        var request = new DisclosureRequest(
                PartyKind.SCHOOL, PartyKind.POLICE, LegalBasis.OSL_10_18A, TODAY, null, false, true, false, "x");
        assertThat(policy.assess(request).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.18a-only-social-services", "disclosure.18a-age-unknown");
    }

    @Test
    void provisionsThatNeedAnIndividualAssessmentNeedItWrittenDown() {
        for (LegalBasis basis : new LegalBasis[] {LegalBasis.OSL_10_2, LegalBasis.OSL_10_15A, LegalBasis.OSL_10_27}) {
            var request = new DisclosureRequest(
                    PartyKind.SOCIAL_SERVICES, PartyKind.POLICE, basis, TODAY, 16, false, true, false, "  ");
            assertThat(policy.assess(request).refusals())
                    .extracting(Verdict.Reason::code)
                    .as(basis.name())
                    .containsExactly("disclosure.balancing-required");
        }
    }

    @Test
    void section15aIsNotInForceBeforeDecember2025() {
        var request = new DisclosureRequest(
                PartyKind.SOCIAL_SERVICES,
                PartyKind.POLICE,
                LegalBasis.OSL_10_15A,
                LocalDate.of(2025, 11, 30),
                16,
                false,
                true,
                false,
                "x");
        assertThat(policy.assess(request).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.basis-not-in-force");
    }

    @Test
    void theGeneralClauseAndSection15aOnlyReachAuthorities() {
        assertThat(policy.assess(to(PartyKind.PRIVATE, LegalBasis.OSL_10_27)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.recipient-not-authority");
        assertThat(policy.assess(to(PartyKind.PRIVATE, LegalBasis.OSL_10_15A)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.recipient-not-authority");
    }

    @Test
    void theDutyToInformAppliesToThePoliceOnRequest() {
        assertThat(policy.assess(to(PartyKind.POLICE, LegalBasis.LAW_2025_170)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.2025-170-on-request");
        var requested = new DisclosureRequest(
                PartyKind.SCHOOL, PartyKind.POLICE, LegalBasis.LAW_2025_170, TODAY, 16, true, false, false, null);
        assertThat(policy.assess(requested).isAllowed()).isTrue();
    }

    @Test
    void consentMustCoverTheDisclosure() {
        assertThat(policy.assess(to(PartyKind.SCHOOL, LegalBasis.CONSENT)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.consent-missing");
        var covered = new DisclosureRequest(
                PartyKind.SOCIAL_SERVICES, PartyKind.SCHOOL, LegalBasis.CONSENT, TODAY, 16, false, false, true, null);
        assertThat(policy.assess(covered).isAllowed()).isTrue();
    }

    @Test
    void deIdentifiedSharingNeedsNoBasisConditions() {
        var request = new DisclosureRequest(
                PartyKind.SOCIAL_SERVICES,
                PartyKind.PRIVATE,
                LegalBasis.DE_IDENTIFIED,
                TODAY,
                null,
                false,
                false,
                false,
                null);
        assertThat(policy.assess(request).isAllowed()).isTrue();
    }

    @Test
    void noBasisIsRefused() {
        assertThat(policy.assess(to(PartyKind.POLICE, null)).refusals())
                .extracting(Verdict.Reason::code)
                .containsExactly("disclosure.basis-required");
    }
}
