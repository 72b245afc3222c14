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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's transitions over HTTP: the same as the transitions page. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/transitions")
@Tag(name = "Cases", description = "Structured individual collaboration around one child")
class TransitionApi {
    private final TransitionService service;

    TransitionApi(TransitionService service) {
        this.service = service;
    }

    record TransitionRequest(
            TransitionKind kind,
            LocalDate occursOn,
            UUID ownerStaffId,
            String ownerOrganisation,
            String note,
            String homeComingPlan) {}

    record TransitionJson(
            UUID id,
            TransitionKind kind,
            LocalDate occursOn,
            UUID ownerStaffId,
            String ownerStaffName,
            String ownerOrganisation,
            String note,
            String homeComingPlan,
            Instant recordedAt,
            UUID recordedByStaffId,
            String recordedAs) {}

    record TransitionsJson(LocalDate turns18On, List<TransitionJson> transitions) {}

    @GetMapping
    @Operation(summary = "The transitions recorded on the case, and the 18th birthday when it is near")
    TransitionsJson list(@PathVariable UUID caseId) {
        var found = service.ofCase(caseId);
        return new TransitionsJson(
                found.turns18On(),
                found.transitions().stream()
                        .map(t -> json(t, found.staffName(t.ownerStaffId())))
                        .toList());
    }

    @PostMapping
    @Operation(
            summary = "Record a transition (school stage, 18th birthday, moving, placement, home-coming with its"
                    + " plan, treatment to home) with its date and owner")
    ResponseEntity<TransitionJson> record(@PathVariable UUID caseId, @RequestBody TransitionRequest r) {
        Transition t = service.record(
                caseId,
                new TransitionService.NewTransition(
                        r.kind(), r.occursOn(), r.ownerStaffId(), r.ownerOrganisation(), r.note(), r.homeComingPlan()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/transitions"))
                .body(json(t, null));
    }

    private static TransitionJson json(Transition t, String ownerName) {
        return new TransitionJson(
                t.id(),
                t.kind(),
                t.occursOn(),
                t.ownerStaffId(),
                ownerName,
                t.ownerOrganisation(),
                t.note(),
                t.homeComingPlan(),
                t.recordedAt(),
                t.recordedByStaffId(),
                t.recordedAs().name());
    }
}
