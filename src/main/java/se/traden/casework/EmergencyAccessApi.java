package se.traden.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Emergency access ("break the glass") over HTTP. */
@RestController
@Tag(name = "Emergency access", description = "Reading a case one is not involved in, urgently, for a limited time")
class EmergencyAccessApi {
    private final EmergencyAccessService service;

    EmergencyAccessApi(EmergencyAccessService service) {
        this.service = service;
    }

    record RequestBodyJson(String reason) {}

    record ReviewJson(String note) {}

    record AccessJson(
            UUID id,
            UUID caseId,
            String caseReference,
            UUID staffId,
            String staffName,
            String function,
            String reason,
            Instant grantedAt,
            Instant expiresAt,
            long reads,
            Instant reviewedAt,
            String reviewNote) {}

    @PostMapping("/api/v1/cases/{id}/emergency-access")
    @Operation(
            summary = "Ask for emergency access to a case",
            description = "For out-of-hours service, intake unit, case managers and group managers not involved in the"
                    + " case. A reason of at least 10 characters is required; the access lets its holder read the case"
                    + " for a limited time (4 hours by default), flags every read in the access log and is listed for"
                    + " the group manager's review.")
    ResponseEntity<AccessJson> request(@PathVariable UUID id, @RequestBody RequestBodyJson body) {
        EmergencyAccess access = service.request(id, body.reason());
        return ResponseEntity.created(URI.create("/api/v1/emergency-accesses/" + access.id()))
                .body(json(access, ""));
    }

    @GetMapping("/api/v1/emergency-accesses")
    @Operation(summary = "Emergency accesses to review (group manager, log auditor)")
    List<AccessJson> forReview() {
        EmergencyAccessService.ReviewList list = service.forReview();
        return list.accesses().stream()
                .map(a -> json(a, list.name(a.staffId())))
                .toList();
    }

    @PostMapping("/api/v1/emergency-accesses/{id}/review")
    @Operation(summary = "Mark an emergency access as reviewed (group manager)")
    AccessJson review(@PathVariable UUID id, @RequestBody ReviewJson body) {
        return json(service.review(id, body.note()), "");
    }

    private static AccessJson json(EmergencyAccess a, String name) {
        return new AccessJson(
                a.id(),
                a.caseId(),
                a.caseReference(),
                a.staffId(),
                name,
                a.function().name(),
                a.reason(),
                a.grantedAt(),
                a.expiresAt(),
                a.reads(),
                a.reviewedAt(),
                a.reviewNote());
    }
}
