package se.traden.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.casework.CaseAccess;
import se.traden.casework.CaseAccess.CaseRef;
import se.traden.casework.CaseService;
import se.traden.casework.CaseStatus;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RuleViolationException;
import se.traden.shared.StaffId;

/**
 * The plan of a case: reading it, revising it, its revisions and their comparison. Each command is one
 * transaction: access through {@link CaseAccess}, the plan's rules, the new revision with a line on the
 * case's history.
 */
@Service
class PlanService {
    static final String RECORD_TYPE = "plan";

    private final CaseAccess access;
    private final CaseService cases;
    private final Plans plans;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final AccessGuard guard;
    private final Clock clock;

    PlanService(
            CaseAccess access,
            CaseService cases,
            Plans plans,
            PersonDirectory people,
            StaffDirectory staff,
            AccessGuard guard,
            Clock clock) {
        this.access = access;
        this.cases = cases;
        this.plans = plans;
        this.people = people;
        this.staff = staff;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public PlanView current(UUID caseId) {
        return view(access.readContent(caseId, RECORD_TYPE));
    }

    @Transactional
    public PlanView forRevision(UUID caseId) {
        CaseRef ref = access.readContent(caseId, RECORD_TYPE);
        if (ref.actingAs() == FunctionType.GROUP_MANAGER) {
            access.writeContent(caseId, RECORD_TYPE);
        }
        return view(ref);
    }

    @Transactional
    public PlanRevision revise(UUID caseId, PlanDraft draft) {
        CaseRef ref = access.writeContent(caseId, RECORD_TYPE);
        if (ref.status() == CaseStatus.CLOSED) {
            throw new RuleViolationException("plan.case-closed", null, null);
        }
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        Plan plan = plans.of(ref.municipalityId(), caseId);
        if (draft.basedOn() != null && draft.basedOn() != plan.currentNumber()) {
            // Someone revised the plan after this author started: refuse before anything else is weighed.
            throw new se.traden.shared.ConcurrentEditException(RECORD_TYPE, caseId, draft.basedOn());
        }
        PlanContent content = draft.resolve(
                plan.currentContent(),
                people.guardiansOf(municipality, ref.personId()),
                staffNames(municipality, draft));
        PlanRevision revision = plan.revise(
                draft.basedOn(),
                content,
                draft.summary(),
                draft.reason(),
                new Plan.By(guard.actor().staffId().value(), ref.actingAs(), clock.instant()));
        plans.save(plan);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision.number());
        details.put("summary", revision.summary());
        cases.recordOnHistory(ref, "PLAN_REVISED", revision.reason(), details);
        return revision;
    }

    @Transactional
    public PlanView revisions(UUID caseId) {
        return view(access.readContent(caseId, RECORD_TYPE));
    }

    /** One kept revision, as it read then. */
    @Transactional
    public PlanRevision revision(UUID caseId, int number) {
        CaseRef ref = access.readContent(caseId, RECORD_TYPE);
        Plan plan = plans.of(ref.municipalityId(), caseId);
        return plan.current()
                .flatMap(c -> plans.revision(ref.municipalityId(), plan.id(), number))
                .orElseThrow(() -> new se.traden.shared.RecordNotFoundException("plan-revision", number));
    }

    @Transactional
    public PlanComparison compare(UUID caseId, Integer from, Integer to) {
        CaseRef ref = access.readContent(caseId, RECORD_TYPE);
        Plan plan = plans.of(ref.municipalityId(), caseId);
        List<InvalidInputException> problems = new ArrayList<>();
        PlanContent before = content(plan, from, "from", problems);
        PlanContent after = content(plan, to, "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems.stream().flatMap(p -> p.violations().stream()).toList());
        }
        return PlanComparison.between(from, before, to, after);
    }

    private PlanContent content(Plan plan, Integer number, String field, List<InvalidInputException> problems) {
        if (number == null) {
            problems.add(InvalidInputException.of(field, "required"));
            return null;
        }
        var revision = plan.current().isEmpty()
                ? java.util.Optional.<PlanRevision>empty()
                : plans.revision(plan.municipalityId(), plan.id(), number);
        if (revision.isEmpty()) {
            problems.add(InvalidInputException.of(field, "plan.revision-unknown", number));
            return null;
        }
        return revision.get().content();
    }

    private PlanView view(CaseRef ref) {
        MunicipalityId municipality = new MunicipalityId(ref.municipalityId());
        Plan plan = plans.of(ref.municipalityId(), ref.caseId());
        List<PlanRevision> revisions =
                plan.current().isEmpty() ? List.of() : plans.revisions(ref.municipalityId(), plan.id());
        Set<StaffId> ids = new HashSet<>();
        ids.add(new StaffId(ref.caseManagerStaffId()));
        revisions.forEach(r -> ids.add(new StaffId(r.byStaffId())));
        Map<UUID, String> names = new LinkedHashMap<>();
        staff.names(municipality, ids).forEach((id, name) -> names.put(id.value(), name));
        LocalDate today = LocalDate.now(clock);
        List<StaffDirectory.Member> choices =
                new ArrayList<>(staff.holdersOn(municipality, FunctionType.CASE_MANAGER, today));
        staff.holdersOn(municipality, FunctionType.INDIVIDUAL_COORDINATOR, today).stream()
                .filter(m -> choices.stream().noneMatch(c -> c.id().equals(m.id())))
                .forEach(choices::add);
        return new PlanView(
                ref,
                people.fullName(municipality, ref.personId()).orElse(""),
                names.getOrDefault(ref.caseManagerStaffId(), ""),
                plan,
                revisions,
                names,
                people.guardiansOf(municipality, ref.personId()),
                choices);
    }

    private Map<UUID, String> staffNames(MunicipalityId municipality, PlanDraft draft) {
        Set<StaffId> ids = new HashSet<>();
        draft.goals().stream()
                .filter(g -> g != null)
                .flatMap(g -> g.actions().stream())
                .filter(a -> a != null && a.whoStaffId() != null)
                .forEach(a -> ids.add(new StaffId(a.whoStaffId())));
        Map<UUID, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            staff.names(municipality, ids).forEach((id, name) -> names.put(id.value(), name));
        }
        return names;
    }
}
