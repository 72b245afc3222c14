package se.traden.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Versions;

/** Cases over HTTP: the same commands as the case page. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Structured individual collaboration around one child")
class CaseApi {
    private final CaseService service;

    CaseApi(CaseService service) {
        this.service = service;
    }

    record PhaseRequest(Long version, Phase phase, String reason) {}

    record IntensityRequest(Long version, Boolean intensive, String reason) {}

    record CloseRequest(Long version, LocalDate maintainUntil, String reason) {}

    record ReasonRequest(Long version, String reason) {}

    record ReassignRequest(Long version, UUID caseManagerId, String reason) {}

    record ReengagementRequest(Long version, UUID concernId, Long concernVersion, String worry) {}

    @GetMapping
    @Operation(summary = "The cases the acting function works (own cases, the unit's cases, or the workload list)")
    List<CaseSummary> list() {
        return service.list();
    }

    record CaseJson(
            UUID id,
            String reference,
            UUID personId,
            String childName,
            UUID caseManagerId,
            String caseManagerName,
            java.time.Instant openedAt,
            CaseStatus status,
            Phase phase,
            boolean intensive,
            LocalDate maintenanceUntil,
            java.time.Instant closedAt,
            UUID originConcernId,
            boolean needsCaseManager,
            LocalDate turns18On,
            long version,
            List<CaseEvent> history,
            List<CaseGlance.Glance> glances,
            CaseGlance.NextStep nextStep) {

        static CaseJson of(CaseView view) {
            CollaborationCase c = view.collaborationCase();
            return new CaseJson(
                    c.id(),
                    c.reference(),
                    c.personId(),
                    view.childName(),
                    c.caseManagerStaffId(),
                    view.caseManagerName(),
                    c.openedAt(),
                    c.status(),
                    c.phase(),
                    c.intensive(),
                    c.maintenanceUntil(),
                    c.closedAt(),
                    c.originConcernId(),
                    c.needsCaseManager(),
                    view.turns18On(),
                    c.version(),
                    view.history(),
                    view.glances(),
                    view.nextStep().orElse(null));
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseJson> get(@PathVariable UUID id) {
        CaseView view = service.view(id);
        return ResponseEntity.ok()
                .eTag(etag(view.collaborationCase().version()))
                .body(CaseJson.of(view));
    }

    @PostMapping("/{id}/phase")
    @Operation(summary = "Move the case to another phase, with the reason")
    ResponseEntity<CaseJson> phase(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody PhaseRequest r) {
        service.movePhase(id, version(ifMatch, r.version()), r.phase(), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/intensity")
    ResponseEntity<CaseJson> intensity(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody IntensityRequest r) {
        if (r.intensive() == null) {
            throw InvalidInputException.of("intensive", "required");
        }
        service.setIntensity(id, version(ifMatch, r.version()), r.intensive(), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case, optionally keeping the case manager as maintaining contact until a date")
    ResponseEntity<CaseJson> close(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody CloseRequest r) {
        service.close(id, version(ifMatch, r.version()), r.maintainUntil(), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/maintenance-end")
    ResponseEntity<CaseJson> endMaintenance(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReasonRequest r) {
        service.endMaintenance(id, version(ifMatch, r.version()), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/reassignment")
    @Operation(summary = "Assign another case manager (individual coordinator only)")
    ResponseEntity<CaseJson> reassign(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReassignRequest r) {
        service.reassign(id, version(ifMatch, r.version()), r.caseManagerId(), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/reengagement")
    @Operation(
            summary = "A new worry reopens a closed or maintained case with its history (individual coordinator"
                    + " only); the concern joins the case. The case goes back to its previous case manager, or"
                    + " waits for a new one when that person has left the function")
    ResponseEntity<CaseJson> reengage(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReengagementRequest r) {
        Long caseVersion = ifMatch == null || ifMatch.isBlank() ? r.version() : Long.valueOf(version(ifMatch, null));
        service.reengage(id, caseVersion, r.concernId(), r.concernVersion(), r.worry());
        return get(id);
    }

    static long version(String ifMatch, Long bodyVersion) {
        return Versions.expected(ifMatch, bodyVersion);
    }

    static String etag(long version) {
        return Versions.etag(version);
    }
}
