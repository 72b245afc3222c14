package se.traden.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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

/** Follow-ups of maintaining contacts and their reminders over HTTP: the same as the pages. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Structured individual collaboration around one child")
class FollowUpApi {
    private final FollowUpService service;

    FollowUpApi(FollowUpService service) {
        this.service = service;
    }

    record FollowUpRequest(LocalDate dueOn, String what) {}

    record DoneRequest(Long version, String note) {}

    record FollowUpJson(
            UUID id,
            UUID caseId,
            String caseReference,
            String childName,
            String caseManagerName,
            LocalDate dueOn,
            String what,
            String state,
            Instant scheduledAt,
            UUID scheduledByStaffId,
            Instant doneAt,
            UUID doneByStaffId,
            String doneNote,
            long version) {

        static FollowUpJson of(FollowUpService.Listed l) {
            FollowUp f = l.followUp();
            return new FollowUpJson(
                    f.id(),
                    f.caseId(),
                    l.caseReference(),
                    l.childName(),
                    l.caseManagerName(),
                    f.dueOn(),
                    f.what(),
                    l.state() == null ? null : l.state().name(),
                    f.scheduledAt(),
                    f.scheduledByStaffId(),
                    f.doneAt(),
                    f.doneByStaffId(),
                    f.doneNote(),
                    f.version());
        }
    }

    record ReminderJson(
            UUID id,
            UUID followUpId,
            UUID caseId,
            String caseReference,
            LocalDate dueOn,
            String what,
            String state,
            Instant createdAt,
            Instant readAt) {

        static ReminderJson of(FollowUpReminder r) {
            return new ReminderJson(
                    r.id(),
                    r.followUpId(),
                    r.caseId(),
                    r.caseReference(),
                    r.dueOn(),
                    r.what(),
                    r.state().name(),
                    r.createdAt(),
                    r.readAt());
        }
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Follow-ups still to do: a case manager's own cases, the coordinator's whole unit")
    List<FollowUpJson> open() {
        return service.open().stream().map(FollowUpJson::of).toList();
    }

    @GetMapping("/{caseId}/follow-ups")
    @Operation(summary = "The follow-ups of a case, with their state today")
    List<FollowUpJson> ofCase(@PathVariable UUID caseId) {
        return service.ofCase(caseId).stream().map(FollowUpJson::of).toList();
    }

    @PostMapping("/{caseId}/follow-ups")
    @Operation(summary = "Schedule a follow-up while the case manager stays as a maintaining contact")
    ResponseEntity<FollowUpJson> schedule(@PathVariable UUID caseId, @RequestBody FollowUpRequest r) {
        FollowUp f = service.schedule(caseId, r.dueOn(), r.what());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/follow-ups"))
                .body(FollowUpJson.of(new FollowUpService.Listed(f, null, caseId, null, null, null)));
    }

    @PostMapping("/{caseId}/follow-ups/{id}/done")
    @Operation(summary = "Record a follow-up as done, with a short note")
    FollowUpJson done(
            @PathVariable UUID caseId,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody DoneRequest r) {
        FollowUp f = service.recordDone(caseId, id, CaseApi.version(ifMatch, r.version()), r.note());
        return FollowUpJson.of(new FollowUpService.Listed(f, FollowUpState.DONE, caseId, null, null, null));
    }

    @GetMapping("/follow-up-reminders")
    @Operation(summary = "The reminders of due follow-ups on the cases the acting case manager holds")
    List<ReminderJson> reminders() {
        return service.reminders().stream().map(ReminderJson::of).toList();
    }

    @PostMapping("/follow-up-reminders/{id}/read")
    @Operation(summary = "Mark a follow-up reminder read (doing it again changes nothing)")
    ReminderJson markRead(@PathVariable UUID id) {
        return ReminderJson.of(service.markRead(id));
    }
}
