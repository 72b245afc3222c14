package se.traden.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.web.Versions;

/** The collaboration group over HTTP: actors, meetings with their next steps, declined interventions. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
@Tag(name = "Collaboration group", description = "The actors around the child and their meetings")
class GroupApi {
    private final GroupService service;

    GroupApi(GroupService service) {
        this.service = service;
    }

    record ActorRequest(
            String organisation,
            String functionName,
            String personName,
            String task,
            String mandate,
            LocalDate joinedOn) {}

    record DepartureRequest(Long version, LocalDate leftOn, String reason) {}

    record MeetingRequest(
            OffsetDateTime heldAt,
            String agenda,
            String attendees,
            Boolean childAttends,
            Boolean familyAttends,
            Boolean familyChoseAttendees,
            String attendanceNote,
            String childPreparation) {}

    record ActionJson(String what, String owner, LocalDate dueOn) {}

    record OutcomeRequest(Long version, String outcomes, List<ActionJson> actions) {}

    record DeclinedRequest(LocalDate declaredOn, String note) {}

    record WithdrawalRequest(LocalDate withdrawnOn) {}

    record ActorJson(
            UUID id,
            String organisation,
            String functionName,
            String personName,
            String task,
            String mandate,
            LocalDate joinedOn,
            LocalDate leftOn,
            String leftReason,
            boolean active,
            long version) {
        static ActorJson of(GroupActor a) {
            return new ActorJson(
                    a.id(),
                    a.organisation(),
                    a.functionName(),
                    a.personName(),
                    a.task(),
                    a.mandate(),
                    a.joinedOn(),
                    a.leftOn(),
                    a.leftReason(),
                    a.active(),
                    a.version());
        }
    }

    record MeetingJson(
            UUID id,
            Instant heldAt,
            String agenda,
            String attendees,
            boolean childAttends,
            boolean familyAttends,
            boolean familyChoseAttendees,
            String attendanceNote,
            String childPreparation,
            String outcomes,
            List<ActionJson> actions,
            long version) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(
                    m.id(),
                    m.heldAt(),
                    m.agenda(),
                    m.attendees(),
                    m.childAttends(),
                    m.familyAttends(),
                    m.familyChoseAttendees(),
                    m.attendanceNote(),
                    m.childPreparation(),
                    m.outcomes(),
                    m.actions().stream()
                            .map(a -> new ActionJson(a.what(), a.owner(), a.dueOn()))
                            .toList(),
                    m.version());
        }
    }

    record DeclinedJson(LocalDate declaredOn, String note) {}

    record GroupJson(List<ActorJson> actors, List<MeetingJson> meetings, DeclinedJson declinedInterventions) {}

    @GetMapping("/group")
    @Operation(summary = "The collaboration group: actors, meetings, and whether the family declines all but the CM")
    GroupJson group(@PathVariable UUID caseId) {
        var view = service.view(caseId);
        return new GroupJson(
                view.actors().stream().map(ActorJson::of).toList(),
                view.meetings().stream().map(MeetingJson::of).toList(),
                view.declined() == null
                        ? null
                        : new DeclinedJson(
                                view.declined().declaredOn(), view.declined().note()));
    }

    @PostMapping("/group/actors")
    @Operation(summary = "Add an actor to the collaboration group with its task and mandate")
    ResponseEntity<ActorJson> addActor(@PathVariable UUID caseId, @RequestBody ActorRequest r) {
        GroupActor a = service.addActor(
                caseId,
                new GroupActor.NewActor(
                        r.organisation(), r.functionName(), r.personName(), r.task(), r.mandate(), r.joinedOn()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/group/actors/" + a.id()))
                .eTag(Versions.etag(a.version()))
                .body(ActorJson.of(a));
    }

    @PostMapping("/group/actors/{actorId}/departure")
    @Operation(summary = "An actor leaves the collaboration group, with the day and the reason")
    ResponseEntity<ActorJson> departure(
            @PathVariable UUID caseId,
            @PathVariable UUID actorId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody DepartureRequest r) {
        GroupActor a =
                service.actorLeaves(caseId, actorId, Versions.expected(ifMatch, r.version()), r.leftOn(), r.reason());
        return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(ActorJson.of(a));
    }

    @PostMapping("/group/meetings")
    @Operation(summary = "Plan a meeting of the collaboration group")
    ResponseEntity<MeetingJson> plan(@PathVariable UUID caseId, @RequestBody MeetingRequest r) {
        Meeting m = service.planMeeting(
                caseId,
                new Meeting.NewMeeting(
                        r.heldAt() == null ? null : r.heldAt().toInstant(),
                        r.agenda(),
                        r.attendees(),
                        r.childAttends(),
                        r.familyAttends(),
                        r.familyChoseAttendees(),
                        r.attendanceNote(),
                        r.childPreparation()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/group/meetings/" + m.id()))
                .eTag(Versions.etag(m.version()))
                .body(MeetingJson.of(m));
    }

    @PostMapping("/group/meetings/{meetingId}/outcome")
    @Operation(summary = "Record what came out of a held meeting and who does what next, by when")
    ResponseEntity<MeetingJson> outcome(
            @PathVariable UUID caseId,
            @PathVariable UUID meetingId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody OutcomeRequest r) {
        Meeting m = service.recordOutcome(
                caseId,
                meetingId,
                Versions.expected(ifMatch, r.version()),
                r.outcomes(),
                r.actions() == null
                        ? List.of()
                        : r.actions().stream()
                                .map(a -> a == null ? null : new Meeting.Action(a.what(), a.owner(), a.dueOn()))
                                .toList());
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(MeetingJson.of(m));
    }

    @PostMapping("/declined-interventions")
    @Operation(summary = "Note that the family declines every intervention except the case manager, from a day")
    ResponseEntity<DeclinedJson> declare(@PathVariable UUID caseId, @RequestBody DeclinedRequest r) {
        var d = service.declareDeclined(caseId, r.declaredOn(), r.note());
        return ResponseEntity.status(201).body(new DeclinedJson(d.declaredOn(), d.note()));
    }

    @PostMapping("/declined-interventions/withdrawal")
    @Operation(summary = "The family no longer declines every other intervention")
    ResponseEntity<Void> withdraw(@PathVariable UUID caseId, @RequestBody WithdrawalRequest r) {
        service.withdrawDeclined(caseId, r.withdrawnOn());
        return ResponseEntity.noContent().build();
    }
}
