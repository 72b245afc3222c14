package se.traden.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

class OrganisationRulesTest {
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void theVariantContactRouteNeedsAWrittenMotivation() {
        assertThatThrownBy(() -> MunicipalitySettings.of(
                        ContactRoute.INTAKE_UNIT, "  ", true, false, null, null, null, null, 7, 14, 48))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "contactRouteMotivation", "organisation.motivation-required")));
        var variant = MunicipalitySettings.of(
                ContactRoute.INTAKE_UNIT, "Mottagningen är väl känd", true, false, null, null, null, null, 7, 14, 48);
        assertThat(variant.contactRouteChoice().isPreferred()).isFalse();
    }

    @Test
    void everyBrokenSettingIsReportedAtOnce() {
        assertThatThrownBy(() -> MunicipalitySettings.of(null, null, null, true, null, -1, null, null, 0, 91, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .contains(
                                        "contactRoute",
                                        "icDecidesAssignment",
                                        "plannedCaseManagers",
                                        "checkInDaysIntensive",
                                        "checkInDaysOther",
                                        "gatheringHours"));
    }

    @Test
    void aReporterBelongsToAReportingOrganisationAndNothingElseDoes() {
        assertThatThrownBy(() -> new FunctionDetails(FunctionType.REPORTER, "Elevhälsan", null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organisation.reporting-organisation-required");
        assertThatThrownBy(() -> new FunctionDetails(
                        FunctionType.CASE_MANAGER, "CM", null, ReportingOrganisationId.random(), null))
                .hasMessageContaining("organisation.reporting-organisation-not-allowed");
    }

    @Test
    void aFunctionsContactRouteIsNeverAPersonsOwn() {
        List<String> personal = java.util.Arrays.asList("ida.karlsson@sjostad.se", "070-123 45 67", null);
        assertThat(FunctionContactRoutePolicy.check("ida.karlsson@sjostad.se", personal))
                .isPresent();
        assertThat(FunctionContactRoutePolicy.check("Ring 0701234567", personal))
                .isPresent();
        assertThat(FunctionContactRoutePolicy.check("individkoordinator@sjostad.se", personal))
                .isEmpty();
    }

    @Test
    void competenceTagsAreCleanLowerCaseWords() {
        var details =
                new StaffDetails("Maria", null, null, StaffDetails.fromText("Arabiska, skolfrånvaro ,, arabiska"));
        assertThat(details.competenceTags()).containsExactly("arabiska", "skolfrånvaro");
        assertThatThrownBy(() -> new StaffDetails("Maria", "inte-en-adress", "abc", Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("email", "phone"));
    }

    @Test
    void aPersonHoldsAFunctionOnceAtATime() {
        var staff = new StaffId(UUID.randomUUID());
        var function = FunctionId.random();
        var spring = Assignment.begin(staff, function, JAN_1, JAN_1.plusMonths(5));
        var existing = List.of(spring);

        assertThatThrownBy(() -> AssignmentOverlapPolicy.refuseOverlap(existing, JAN_1.plusMonths(5), null))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code")
                .isEqualTo("organisation.assignment-overlaps");
        AssignmentOverlapPolicy.refuseOverlap(existing, JAN_1.plusMonths(5).plusDays(1), null);
        assertThatThrownBy(() -> AssignmentOverlapPolicy.refuseOverlap(
                        List.of(Assignment.begin(staff, function, JAN_1, null)), JAN_1.plusYears(3), null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anAssignmentEndsNotBeforeItStartsAndOnlyEarlier() {
        var open = Assignment.begin(new StaffId(UUID.randomUUID()), FunctionId.random(), JAN_1, null);
        assertThat(open.endOn(JAN_1.plusDays(10)).isHeldOn(JAN_1.plusDays(11))).isFalse();
        assertThatThrownBy(() -> open.endOn(JAN_1.minusDays(1))).hasMessageContaining("organisation.end-before-start");
        var ended = open.endOn(JAN_1.plusDays(10));
        assertThatThrownBy(() -> ended.endOn(JAN_1.plusDays(20)))
                .hasMessageContaining("organisation.assignment-already-ended");
    }
}
