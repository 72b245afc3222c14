package se.traden.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * The maintaining contact's follow-ups: scheduled and recorded as done by whoever works the case, each
 * step a line in the case's history; listed for the case manager (their own cases) and the coordinator
 * (the unit's), with the reminders of those that are due.
 */
@Service
class FollowUpService {
    static final String RECORD_TYPE = "case-follow-up";

    private final Cases cases;
    private final FollowUps followUps;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final Clock clock;
    private final PersonDirectory people;
    private final StaffDirectory staff;
    private final CaseworkProperties properties;

    FollowUpService(
            Cases cases,
            FollowUps followUps,
            CaseAccess access,
            AccessGuard guard,
            Clock clock,
            PersonDirectory people,
            StaffDirectory staff,
            CaseworkProperties properties) {
        this.cases = cases;
        this.followUps = followUps;
        this.access = access;
        this.guard = guard;
        this.clock = clock;
        this.people = people;
        this.staff = staff;
        this.properties = properties;
    }

    /** A follow-up as a list shows it, with its state today and the names it needs. */
    record Listed(
            FollowUp followUp,
            FollowUpState state,
            UUID caseId,
            String caseReference,
            String childName,
            String caseManagerName) {}

    @Transactional
    FollowUp schedule(UUID caseId, LocalDate dueOn, String what) {
        var ref = access.writeContent(caseId, RECORD_TYPE);
        CollaborationCase c = cases.find(ref.municipalityId(), caseId).orElseThrow();
        var by = by(ref);
        FollowUp f = FollowUp.schedule(c, dueOn, what, LocalDate.now(clock), by);
        followUps.insert(f);
        history(ref, "FOLLOW_UP_SCHEDULED", f.what(), f, by);
        return f;
    }

    @Transactional
    FollowUp recordDone(UUID caseId, UUID followUpId, long version, String note) {
        var ref = access.writeContent(caseId, RECORD_TYPE);
        FollowUp f = followUps
                .find(ref.municipalityId(), caseId, followUpId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD_TYPE, followUpId)));
        if (f.version() != version) {
            throw new ConcurrentEditException(RECORD_TYPE, followUpId, version);
        }
        var by = by(ref);
        f.recordDone(note, by);
        followUps.update(f);
        followUps.settleFor(ref.municipalityId(), followUpId, by.at());
        history(ref, "FOLLOW_UP_DONE", f.doneNote(), f, by);
        return followUps.find(ref.municipalityId(), caseId, followUpId).orElseThrow();
    }

    @Transactional
    List<Listed> ofCase(UUID caseId) {
        var ref = access.readContent(caseId, RECORD_TYPE);
        return ofCase(ref.municipalityId(), caseId, ref.status());
    }

    /** The follow-ups of one case, for a caller that has already looked at the case (no second log entry). */
    List<Listed> ofCase(UUID municipality, UUID caseId, CaseStatus caseStatus) {
        LocalDate today = LocalDate.now(clock);
        return followUps.ofCase(municipality, caseId).stream()
                .map(f -> new Listed(
                        f,
                        f.stateOn(today, properties.followUpRemindDaysBefore(), caseStatus),
                        caseId,
                        null,
                        null,
                        null))
                .toList();
    }

    /** A follow-up with its case, for the page where it is recorded as done. */
    record ToRecord(CollaborationCase collaborationCase, FollowUp followUp) {}

    /** One follow-up of a case, shown to someone who may record it as done. */
    @Transactional
    ToRecord toRecord(UUID caseId, UUID followUpId) {
        var ref = access.readForChange(caseId, RECORD_TYPE);
        FollowUp f = followUps
                .find(ref.municipalityId(), caseId, followUpId)
                .orElseThrow(() -> guard.notFound(AccessAction.READ, RecordRef.of(RECORD_TYPE, followUpId)));
        return new ToRecord(cases.find(ref.municipalityId(), caseId).orElseThrow(), f);
    }

    /**
     * The follow-ups still to do: a case manager's on the cases they hold, the coordinator's on the
     * unit's cases.
     */
    @Transactional
    List<Listed> open() {
        Actor actor = guard.actor();
        FunctionType actingAs = guard.permit(
                AccessAction.SEARCH,
                RecordRef.of("case-follow-up-list", null),
                FunctionType.CASE_MANAGER,
                FunctionType.INDIVIDUAL_COORDINATOR);
        MunicipalityId municipality = actor.municipalityId();
        List<FollowUps.Row> rows = followUps.open(
                municipality.value(),
                actingAs == FunctionType.CASE_MANAGER ? actor.staffId().value() : null);
        Map<UUID, String> children = people.fullNames(
                municipality, rows.stream().map(FollowUps.Row::personId).toList());
        Set<StaffId> managers = new HashSet<>();
        rows.forEach(r -> managers.add(new StaffId(r.caseManagerId())));
        Map<StaffId, String> names = staff.names(municipality, managers);
        LocalDate today = LocalDate.now(clock);
        return rows.stream()
                .map(r -> new Listed(
                        r.followUp(),
                        r.followUp().stateOn(today, properties.followUpRemindDaysBefore(), CaseStatus.MAINTENANCE),
                        r.followUp().caseId(),
                        r.caseReference(),
                        children.get(r.personId()),
                        names.getOrDefault(new StaffId(r.caseManagerId()), "")))
                .toList();
    }

    /** The reminders of the cases the acting case manager holds. */
    @Transactional
    List<FollowUpReminder> reminders() {
        Actor actor = guard.actor();
        guard.permit(AccessAction.SEARCH, RecordRef.of("follow-up-reminder-list", null), FunctionType.CASE_MANAGER);
        return followUps.activeFor(
                actor.municipalityId().value(), actor.staffId().value());
    }

    /** Marks a reminder read; one of a case the actor does not hold is answered as missing. */
    @Transactional
    FollowUpReminder markRead(UUID id) {
        Actor actor = guard.actor();
        RecordRef record = RecordRef.of("follow-up-reminder", id);
        guard.check(AccessAction.UPDATE, record, FunctionType.CASE_MANAGER);
        UUID municipality = actor.municipalityId().value();
        followUps
                .reminderFor(municipality, actor.staffId().value(), id)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, record));
        followUps.markRead(municipality, id, actor.staffId().value(), clock.instant());
        guard.logAccess(FunctionType.CASE_MANAGER, AccessAction.UPDATE, record);
        return followUps.reminderFor(municipality, actor.staffId().value(), id).orElseThrow();
    }

    /**
     * How many unread follow-up reminders wait for the acting case manager, for the start page. A count
     * names nobody, so it is not logged; empty for someone who is not a case manager.
     */
    @Transactional(readOnly = true)
    Optional<Long> unreadForCaseManager() {
        return AccessGuard.currentActor()
                .filter(actor -> actor.holds(FunctionType.CASE_MANAGER))
                .map(actor -> followUps.unreadFor(
                        actor.municipalityId().value(), actor.staffId().value()));
    }

    private CollaborationCase.By by(CaseAccess.CaseRef ref) {
        return new CollaborationCase.By(guard.actor().staffId().value(), ref.actingAs(), clock.instant());
    }

    private void history(CaseAccess.CaseRef ref, String type, String reason, FollowUp f, CollaborationCase.By by) {
        cases.appendEvent(
                ref.municipalityId(),
                ref.caseId(),
                new CaseEvent(type, by.at(), by.staffId(), by.function().name(), reason, f.historyDetails()));
    }
}
