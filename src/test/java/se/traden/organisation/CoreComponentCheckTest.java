package se.traden.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.traden.organisation.StaffedFunction.StaffUnit;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;

class CoreComponentCheckTest {
    static final StaffUnit COLLABORATION = new StaffUnit(UnitId.random(), "Individsamverkan", true);
    static final StaffUnit SCHOOL_OFFICE = new StaffUnit(UnitId.random(), "Skolkontoret", false);

    final List<StaffedFunction> functions = new ArrayList<>();
    MunicipalitySettings settings = MunicipalitySettings.defaults();

    @Test
    void aWellOrganisedMunicipalitySatisfiesAllFive() {
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 2);
        staffed(FunctionType.GROUP_MANAGER, COLLABORATION, 1);

        assertThat(check().all()).allMatch(ComponentResult::satisfied);
        assertThat(check().caseManagers().arguments()).containsExactly(2);
    }

    @Test
    void individualCoordinatorMissingUnstaffedAndStaffed() {
        assertThat(check().individualCoordinator()).satisfies(notSatisfied("ic-missing"));
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 0);
        assertThat(check().individualCoordinator()).satisfies(notSatisfied("ic-unstaffed"));
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        assertThat(check().individualCoordinator().satisfied()).isTrue();
    }

    @Test
    void oneCaseManagerIsNotEnoughInPractice() {
        assertThat(check().caseManagers()).satisfies(notSatisfied("cm-none"));
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 0);
        assertThat(check().caseManagers()).satisfies(notSatisfied("cm-none"));
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 1);
        assertThat(check().caseManagers()).satisfies(notSatisfied("cm-only-one"));
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 1);
        assertThat(check().caseManagers().satisfied()).isTrue();
    }

    @Test
    void onePersonHoldingTwoCaseManagerFunctionsCountsOnce() {
        StaffId same = new StaffId(UUID.randomUUID());
        functions.add(new StaffedFunction(FunctionId.random(), FunctionType.CASE_MANAGER, COLLABORATION, Set.of(same)));
        functions.add(new StaffedFunction(FunctionId.random(), FunctionType.CASE_MANAGER, COLLABORATION, Set.of(same)));
        assertThat(check().caseManagers()).satisfies(notSatisfied("cm-only-one"));
    }

    @Test
    void theDecisionRightIsTheMunicipalitysRecordedChoice() {
        assertThat(check().icDecidesAssignment().satisfied()).isTrue();
        settings = new MunicipalitySettings(
                ContactRoute.INDIVIDUAL_COORDINATOR, null, false, false, null, null, null, null, 7, 14, 48);
        assertThat(check().icDecidesAssignment()).satisfies(notSatisfied("ic-does-not-decide"));
    }

    @Test
    void theCommonUnitNeedsEveryoneInOneUnitWithAStaffedGroupManager() {
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-nothing-to-place"));
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        staffed(FunctionType.CASE_MANAGER, SCHOOL_OFFICE, 2);
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-split"));
        assertThat(check().commonUnit().arguments()).containsExactly("Individsamverkan, Skolkontoret");

        functions.clear();
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        staffed(FunctionType.CASE_MANAGER, null, 2);
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-function-without-unit"));

        functions.clear();
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 2);
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-no-group-manager"));
        staffed(FunctionType.GROUP_MANAGER, SCHOOL_OFFICE, 1);
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-no-group-manager"));
        staffed(FunctionType.GROUP_MANAGER, COLLABORATION, 0);
        assertThat(check().commonUnit()).satisfies(notSatisfied("unit-group-manager-unstaffed"));
        staffed(FunctionType.GROUP_MANAGER, COLLABORATION, 1);
        assertThat(check().commonUnit().satisfied()).isTrue();
        assertThat(check().commonUnit().arguments()).containsExactly("Individsamverkan");
    }

    @Test
    void theUnitMustBelongToTheSocialServices() {
        assertThat(check().withinSocialServices()).satisfies(notSatisfied("social-services-no-unit"));
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, SCHOOL_OFFICE, 1);
        staffed(FunctionType.CASE_MANAGER, SCHOOL_OFFICE, 2);
        assertThat(check().withinSocialServices()).satisfies(notSatisfied("social-services-outside"));
        assertThat(check().withinSocialServices().arguments()).containsExactly("Skolkontoret");

        functions.clear();
        staffed(FunctionType.INDIVIDUAL_COORDINATOR, COLLABORATION, 1);
        staffed(FunctionType.CASE_MANAGER, COLLABORATION, 2);
        assertThat(check().withinSocialServices().satisfied()).isTrue();
    }

    private CoreComponentCheck check() {
        return new CoreComponentCheck(settings, functions);
    }

    private void staffed(FunctionType type, StaffUnit unit, int holders) {
        Set<StaffId> staff = new java.util.HashSet<>();
        for (int i = 0; i < holders; i++) {
            staff.add(new StaffId(UUID.randomUUID()));
        }
        functions.add(new StaffedFunction(FunctionId.random(), type, unit, staff));
    }

    private static java.util.function.Consumer<ComponentResult> notSatisfied(String reason) {
        return result -> {
            assertThat(result.satisfied()).as("satisfied").isFalse();
            assertThat(result.reasonKey()).isEqualTo("organisation.core.reason." + reason);
        };
    }
}
