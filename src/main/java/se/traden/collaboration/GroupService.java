package se.traden.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;

/**
 * The collaboration group around the child: its actors, its meetings and their next steps, and the case
 * manager's note when the family declines every intervention but the case manager. The case manager
 * coordinates it; the coordinator may write too.
 */
@Service
class GroupService {
    static final String RECORD = "collaboration-group";

    private final CaseHeaders headers;
    private final Groups groups;
    private final AccessGuard guard;
    private final Clock clock;

    GroupService(CaseHeaders headers, Groups groups, AccessGuard guard, Clock clock) {
        this.headers = headers;
        this.groups = groups;
        this.guard = guard;
        this.clock = clock;
    }

    record GroupView(
            CaseHeader header,
            List<GroupActor> actors,
            List<Meeting> meetings,
            DeclinedInterventions declined,
            Instant now) {}

    @Transactional
    GroupView view(UUID caseId) {
        CaseHeader header = headers.read(caseId, RECORD);
        UUID m = header.municipalityId();
        return new GroupView(
                header,
                groups.actors(m, caseId),
                groups.meetings(m, caseId),
                groups.currentDeclined(m, caseId).orElse(null),
                clock.instant());
    }

    @Transactional
    GroupActor addActor(UUID caseId, GroupActor.NewActor input) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        GroupActor actor = GroupActor.join(header.municipalityId(), caseId, input, today());
        groups.insert(actor, recorded(header));
        return actor;
    }

    @Transactional
    GroupActor actorLeaves(UUID caseId, UUID actorId, long version, LocalDate on, String reason) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        GroupActor actor = groups.actor(header.municipalityId(), caseId, actorId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of("group-actor", actorId)));
        if (actor.version() != version) {
            throw new ConcurrentEditException("group-actor", actorId, version);
        }
        groups.updateDeparture(actor.leave(on, reason, today()));
        return groups.actor(header.municipalityId(), caseId, actorId).orElseThrow();
    }

    @Transactional
    Meeting planMeeting(UUID caseId, Meeting.NewMeeting input) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        Meeting meeting = Meeting.plan(header.municipalityId(), caseId, input, recorded(header));
        groups.insert(meeting);
        return meeting;
    }

    @Transactional
    Meeting recordOutcome(UUID caseId, UUID meetingId, long version, String outcomes, List<Meeting.Action> next) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        Meeting meeting = groups.meeting(header.municipalityId(), caseId, meetingId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of("meeting", meetingId)));
        if (meeting.version() != version) {
            throw new ConcurrentEditException("meeting", meetingId, version);
        }
        groups.updateOutcome(
                meeting.recordOutcome(outcomes, next, clock.instant()),
                guard.actor().staffId().value());
        return groups.meeting(header.municipalityId(), caseId, meetingId).orElseThrow();
    }

    @Transactional
    DeclinedInterventions declareDeclined(UUID caseId, LocalDate on, String note) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        if (groups.currentDeclined(header.municipalityId(), caseId).isPresent()) {
            throw new RuleViolationException("group.declined-already-noted", "declaredOn", null);
        }
        var declared =
                DeclinedInterventions.declare(header.municipalityId(), caseId, on, note, today(), recorded(header));
        groups.insert(declared);
        return declared;
    }

    @Transactional
    void withdrawDeclined(UUID caseId, LocalDate on) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        var current = groups.currentDeclined(header.municipalityId(), caseId)
                .orElseThrow(() -> new RuleViolationException("group.declined-not-noted", null, null));
        var v = new Violations();
        LocalDate day = v.required("withdrawnOn", on);
        if (day != null && day.isAfter(today())) {
            v.add("withdrawnOn", "group.date-in-future");
        } else if (day != null && day.isBefore(current.declaredOn())) {
            v.add(
                    "withdrawnOn",
                    "group.withdrawn-before-declared",
                    current.declaredOn().toString());
        }
        v.throwIfAny();
        groups.withdrawDeclined(
                header.municipalityId(), caseId, day, guard.actor().staffId().value(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Recorded recorded(CaseHeader header) {
        return new Recorded(guard.actor().staffId().value(), header.actingAs(), clock.instant());
    }
}
