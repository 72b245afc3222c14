package se.traden.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.traden.intake.EarlierCases;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * Tells the concern page that the child already has a case that is closed or kept as a maintaining
 * contact, so that the coordinator can let the new worry go straight back to it. Showing that the case
 * exists is a look at it, logged for the coordinator.
 */
@Component
class EarlierCaseLookup implements EarlierCases {
    private final Cases cases;
    private final AccessGuard guard;
    private final StaffDirectory staff;
    private final CaseService service;

    EarlierCaseLookup(Cases cases, AccessGuard guard, StaffDirectory staff, CaseService service) {
        this.cases = cases;
        this.guard = guard;
        this.staff = staff;
        this.service = service;
    }

    @Override
    @Transactional
    public Optional<EarlierCase> closedOrMaintainedCaseOf(UUID municipalityId, UUID personId) {
        if (!guard.actor().municipalityId().value().equals(municipalityId)) {
            return Optional.empty();
        }
        return cases.latestFor(municipalityId, personId)
                .filter(c -> c.status() != CaseStatus.ACTIVE)
                .map(c -> {
                    guard.permit(
                            AccessAction.READ,
                            RecordRef.ofPerson("case", c.id(), c.personId()),
                            FunctionType.INDIVIDUAL_COORDINATOR);
                    StaffId manager = new StaffId(c.caseManagerStaffId());
                    return new EarlierCase(
                            c.id(),
                            c.reference(),
                            c.status().messageKey(),
                            staff.names(new MunicipalityId(municipalityId), List.of(manager))
                                    .getOrDefault(manager, ""),
                            service.caseManagerServes(c.caseManagerStaffId()));
                });
    }
}
