package se.traden.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * What the case page and its print summary show, read in one transaction with one entry in the access
 * log: the case and its history, the follow-ups and transitions, whether the plan allows closing, and the
 * names of the staff on it.
 */
@Service
class CasePageQueries {
    private final CaseService cases;
    private final FollowUpService followUps;
    private final Transitions transitions;
    private final StaffDirectory staff;

    CasePageQueries(CaseService cases, FollowUpService followUps, Transitions transitions, StaffDirectory staff) {
        this.cases = cases;
        this.followUps = followUps;
        this.transitions = transitions;
        this.staff = staff;
    }

    /** A case as its page shows it to the acting function. */
    record CasePage(
            CaseView view,
            List<FollowUpService.Listed> followUps,
            List<Transition> transitions,
            ClosureReadiness readiness,
            List<StaffDirectory.Member> caseManagers,
            boolean caseManagerServes,
            Map<UUID, String> staffNames) {

        CollaborationCase collaborationCase() {
            return view.collaborationCase();
        }

        public String staffName(UUID id) {
            return id == null ? null : staffNames.get(id);
        }

        /** Those who work the case (its case manager, the coordinator) may change it; a group manager reads. */
        public boolean mayWrite() {
            return view.actingAs() == FunctionType.CASE_MANAGER
                    || view.actingAs() == FunctionType.INDIVIDUAL_COORDINATOR;
        }

        public boolean coordinator() {
            return view.actingAs() == FunctionType.INDIVIDUAL_COORDINATOR;
        }

        public boolean active() {
            return collaborationCase().status() == CaseStatus.ACTIVE;
        }

        public boolean maintained() {
            return collaborationCase().status() == CaseStatus.MAINTENANCE;
        }

        public boolean closed() {
            return collaborationCase().status() == CaseStatus.CLOSED;
        }
    }

    @Transactional
    CasePage page(UUID caseId) {
        CaseView view = cases.view(caseId);
        CollaborationCase c = view.collaborationCase();
        UUID municipality = c.municipalityId();
        List<FollowUpService.Listed> found = followUps.ofCase(municipality, caseId, c.status());
        List<Transition> recorded = transitions.ofCase(municipality, caseId);
        boolean writes =
                view.actingAs() == FunctionType.CASE_MANAGER || view.actingAs() == FunctionType.INDIVIDUAL_COORDINATOR;
        boolean coordinator = view.actingAs() == FunctionType.INDIVIDUAL_COORDINATOR;
        return new CasePage(
                view,
                found,
                recorded,
                writes && c.status() == CaseStatus.ACTIVE ? cases.readiness(c) : null,
                coordinator && c.status() != CaseStatus.CLOSED ? cases.caseManagersToday(municipality) : List.of(),
                cases.caseManagerServes(c.caseManagerStaffId()),
                names(municipality, view, found, recorded));
    }

    /** Everyone the page names: who acted, who was assigned, who scheduled and owns what. */
    private Map<UUID, String> names(
            UUID municipality, CaseView view, List<FollowUpService.Listed> found, List<Transition> recorded) {
        Set<StaffId> named = new HashSet<>();
        named.add(new StaffId(view.collaborationCase().caseManagerStaffId()));
        for (CaseEvent e : view.history()) {
            if (e.staffId() != null) {
                named.add(new StaffId(e.staffId()));
            }
            for (String key : CasePageModel.STAFF_DETAILS) {
                if (e.details().get(key) instanceof String value) {
                    UUID id = CaseForms.uuidOrNull(value);
                    if (id != null) {
                        named.add(new StaffId(id));
                    }
                }
            }
        }
        for (FollowUpService.Listed l : found) {
            named.add(new StaffId(l.followUp().scheduledByStaffId()));
            if (l.followUp().doneByStaffId() != null) {
                named.add(new StaffId(l.followUp().doneByStaffId()));
            }
        }
        for (Transition t : recorded) {
            named.add(new StaffId(t.recordedByStaffId()));
            if (t.ownerStaffId() != null) {
                named.add(new StaffId(t.ownerStaffId()));
            }
        }
        return staff.names(new MunicipalityId(municipality), named).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }
}
