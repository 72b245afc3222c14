package se.traden.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The transitions recorded on a case. Reading them is reading the case; recording one is working it,
 * and leaves a line in the case's history.
 */
@Service
class TransitionService {
    static final String RECORD_TYPE = "case-transition";

    private final Cases cases;
    private final Transitions transitions;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final Clock clock;
    private final StaffDirectory staff;
    private final PersonDirectory people;
    private final CaseworkProperties properties;

    TransitionService(
            Cases cases,
            Transitions transitions,
            CaseAccess access,
            AccessGuard guard,
            Clock clock,
            StaffDirectory staff,
            PersonDirectory people,
            CaseworkProperties properties) {
        this.cases = cases;
        this.transitions = transitions;
        this.access = access;
        this.guard = guard;
        this.clock = clock;
        this.staff = staff;
        this.people = people;
        this.properties = properties;
    }

    /** What a new transition carries, from a form or the API. */
    record NewTransition(
            TransitionKind kind,
            LocalDate occursOn,
            UUID ownerStaffId,
            String ownerOrganisation,
            String note,
            String homeComingPlan) {}

    /**
     * A case's transitions with what their page shows beside them: the case, the staff named, the 18th
     * birthday when it is near, and who may own a transition in the unit.
     */
    record CaseTransitions(
            CollaborationCase collaborationCase,
            String childName,
            FunctionType actingAs,
            List<Transition> transitions,
            Map<StaffId, String> staffNames,
            LocalDate turns18On,
            List<StaffDirectory.Member> possibleOwners) {

        public String staffName(UUID id) {
            return id == null ? null : staffNames.get(new StaffId(id));
        }

        public boolean mayRecord() {
            return actingAs != FunctionType.GROUP_MANAGER && collaborationCase.status() != CaseStatus.CLOSED;
        }
    }

    @Transactional
    CaseTransitions ofCase(UUID caseId) {
        var ref = access.readContent(caseId, RECORD_TYPE);
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        List<Transition> found = transitions.ofCase(ref.municipalityId(), caseId);
        Set<StaffId> named = new HashSet<>();
        for (Transition t : found) {
            named.add(new StaffId(t.recordedByStaffId()));
            if (t.ownerStaffId() != null) {
                named.add(new StaffId(t.ownerStaffId()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate turns18On = c.status() == CaseStatus.CLOSED
                ? null
                : ComingOfAge.flag(
                                people.dateOfBirth(municipality, c.personId()).orElse(null),
                                today,
                                properties.turning18Horizon())
                        .orElse(null);
        return new CaseTransitions(
                c,
                people.fullName(municipality, c.personId()).orElse(""),
                ref.actingAs(),
                found,
                staff.names(municipality, named),
                turns18On,
                possibleOwners(municipality, today));
    }

    @Transactional
    Transition record(UUID caseId, NewTransition input) {
        var ref = access.writeContent(caseId, RECORD_TYPE);
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        if (input.ownerStaffId() != null
                && staff.names(municipality, List.of(new StaffId(input.ownerStaffId())))
                        .isEmpty()) {
            throw InvalidInputException.of("ownerStaffId", "case.transition-owner-unknown");
        }
        var by = new CollaborationCase.By(guard.actor().staffId().value(), ref.actingAs(), clock.instant());
        Transition t = Transition.record(
                c,
                input.kind(),
                input.occursOn(),
                input.ownerStaffId(),
                input.ownerOrganisation(),
                input.note(),
                input.homeComingPlan(),
                by);
        transitions.insert(ref.municipalityId(), t);
        cases.appendEvent(
                ref.municipalityId(),
                caseId,
                new CaseEvent(
                        "TRANSITION_RECORDED",
                        by.at(),
                        by.staffId(),
                        by.function().name(),
                        t.note(),
                        t.historyDetails()));
        return t;
    }

    /** Who in the unit may own a transition: the case managers and coordinators of the day. */
    private List<StaffDirectory.Member> possibleOwners(MunicipalityId municipality, LocalDate today) {
        List<StaffDirectory.Member> owners =
                new ArrayList<>(staff.holdersOn(municipality, FunctionType.CASE_MANAGER, today));
        for (var coordinator : staff.holdersOn(municipality, FunctionType.INDIVIDUAL_COORDINATOR, today)) {
            if (owners.stream().noneMatch(m -> m.id().equals(coordinator.id()))) {
                owners.add(coordinator);
            }
        }
        return owners;
    }
}
