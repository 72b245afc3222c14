package se.traden.collaboration;

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
import org.springframework.web.bind.annotation.RestController;

/** Check-ins over HTTP: per case, and the overdue ones across cases. */
@RestController
@Tag(name = "Check-ins", description = "Check-ins between the individual coordinator and the case manager")
class CheckInApi {
    private final CheckInService service;

    CheckInApi(CheckInService service) {
        this.service = service;
    }

    record CheckInRequest(
            LocalDate heldOn,
            String riskAndNeeds,
            String newActors,
            String familyResources,
            Boolean workloadManageable,
            String workloadNote,
            String obstacles) {}

    record CheckInJson(
            UUID id,
            LocalDate heldOn,
            String riskAndNeeds,
            String newActors,
            String familyResources,
            boolean workloadManageable,
            String workloadNote,
            String obstacles,
            UUID recordedBy,
            String recordedInFunction,
            Instant recordedAt) {

        static CheckInJson of(CheckIn c) {
            return new CheckInJson(
                    c.id(),
                    c.heldOn(),
                    c.riskAndNeeds(),
                    c.newActors(),
                    c.familyResources(),
                    c.workloadManageable(),
                    c.workloadNote(),
                    c.obstacles(),
                    c.recorded().staffId(),
                    c.recorded().function().name(),
                    c.recorded().at());
        }
    }

    record DueJson(LocalDate dueOn, int cadenceDays, boolean overdue, int daysOverdue) {}

    record CheckInLogJson(List<CheckInJson> checkIns, DueJson next) {}

    @GetMapping("/api/v1/cases/{caseId}/check-ins")
    @Operation(summary = "The case's check-ins and when the next one is due (none when the case is not active)")
    CheckInLogJson log(@PathVariable UUID caseId) {
        var log = service.log(caseId);
        var due = log.due();
        return new CheckInLogJson(
                log.checkIns().stream().map(CheckInJson::of).toList(),
                due == null ? null : new DueJson(due.dueOn(), due.cadenceDays(), due.overdue(), due.daysOverdue()));
    }

    @PostMapping("/api/v1/cases/{caseId}/check-ins")
    @Operation(summary = "Record a check-in (the individual coordinator or the case manager of the case)")
    ResponseEntity<CheckInJson> record(@PathVariable UUID caseId, @RequestBody CheckInRequest r) {
        CheckIn c = service.record(
                caseId,
                new CheckIn.NewCheckIn(
                        r.heldOn(),
                        r.riskAndNeeds(),
                        r.newActors(),
                        r.familyResources(),
                        r.workloadManageable(),
                        r.workloadNote(),
                        r.obstacles()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/check-ins/" + c.id()))
                .body(CheckInJson.of(c));
    }

    @GetMapping("/api/v1/check-ins/overdue")
    @Operation(
            summary = "Overdue check-ins across the municipality's active cases (individual coordinator and group"
                    + " manager; the group manager sees no child names)")
    List<OverdueCheckIn> overdue() {
        return service.overdue();
    }
}
