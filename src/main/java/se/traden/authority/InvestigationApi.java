package se.traden.authority;

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
import se.traden.shared.web.Versions;

/** The parallel investigations of a case over HTTP. The linked case officer reads; the case keeps them. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/investigations")
@Tag(name = "Parallel investigations", description = "The social-services investigation beside a case")
class InvestigationApi {
    private final InvestigationService service;

    InvestigationApi(InvestigationService service) {
        this.service = service;
    }

    record LinkRequest(
            String diaryNumber,
            UUID caseOfficerId,
            LocalDate openedOn,
            InvestigationStatus status,
            LocalDate statusOn) {}

    record StatusRequest(Long version, InvestigationStatus status, LocalDate on, String note) {}

    record CaseOfficerRequest(Long version, UUID caseOfficerId) {}

    record DecisionRequest(LocalDate decidedOn, String decision) {}

    record FeedbackRequest(LocalDate givenOn, String observations, String needs, String suggestions) {}

    record DecisionJson(UUID id, LocalDate decidedOn, String decision, Instant recordedAt) {
        static DecisionJson of(Decision d) {
            return new DecisionJson(d.id(), d.decidedOn(), d.decision(), d.recordedAt());
        }
    }

    record FeedbackJson(
            UUID id,
            LocalDate givenOn,
            String observations,
            String needs,
            String suggestions,
            UUID givenBy,
            String givenByName,
            Instant recordedAt) {
        static FeedbackJson of(Feedback f, String name) {
            return new FeedbackJson(
                    f.id(),
                    f.givenOn(),
                    f.observations(),
                    f.needs(),
                    f.suggestions(),
                    f.givenBy(),
                    name,
                    f.recordedAt());
        }
    }

    record InvestigationJson(
            UUID id,
            UUID caseId,
            String diaryNumber,
            InvestigationStatus status,
            LocalDate statusOn,
            UUID caseOfficerId,
            String caseOfficerName,
            LocalDate openedOn,
            LocalDate closedOn,
            long version,
            List<DecisionJson> decisions,
            List<FeedbackJson> feedback) {

        static InvestigationJson of(InvestigationService.InvestigationView v) {
            Investigation i = v.investigation();
            return new InvestigationJson(
                    i.id(),
                    i.caseId(),
                    i.diaryNumber(),
                    i.status(),
                    i.statusOn(),
                    i.caseOfficerStaffId(),
                    v.caseOfficerName(),
                    i.openedOn(),
                    i.closedOn(),
                    i.version(),
                    v.decisions().stream().map(DecisionJson::of).toList(),
                    v.feedback().stream()
                            .map(f -> FeedbackJson.of(f.feedback(), f.givenByName()))
                            .toList());
        }
    }

    @GetMapping
    @Operation(
            summary = "The case's investigations with decisions and feedback (the linked case officer sees their"
                    + " own investigation only)")
    List<InvestigationJson> list(@PathVariable UUID caseId) {
        return service.page(caseId).investigations().stream()
                .map(InvestigationJson::of)
                .toList();
    }

    @PostMapping
    @Operation(summary = "Link the case to a social-services investigation and its case officer")
    ResponseEntity<InvestigationJson> link(@PathVariable UUID caseId, @RequestBody LinkRequest r) {
        Investigation i = service.link(
                caseId,
                new Investigation.Link(r.diaryNumber(), r.caseOfficerId(), r.openedOn(), r.status(), r.statusOn()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/investigations/" + i.id()))
                .eTag(Versions.etag(i.version()))
                .body(one(caseId, i.id()));
    }

    @PostMapping("/{investigationId}/status")
    @Operation(summary = "Move the investigation's status forward, with its day")
    ResponseEntity<InvestigationJson> status(
            @PathVariable UUID caseId,
            @PathVariable UUID investigationId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody StatusRequest r) {
        Investigation i = service.moveStatus(
                caseId, investigationId, Versions.expected(ifMatch, r.version()), r.status(), r.on(), r.note());
        return ResponseEntity.ok().eTag(Versions.etag(i.version())).body(one(caseId, investigationId));
    }

    @PostMapping("/{investigationId}/case-officer")
    @Operation(summary = "Another case officer takes over the investigation")
    ResponseEntity<InvestigationJson> caseOfficer(
            @PathVariable UUID caseId,
            @PathVariable UUID investigationId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody CaseOfficerRequest r) {
        Investigation i =
                service.handOver(caseId, investigationId, Versions.expected(ifMatch, r.version()), r.caseOfficerId());
        return ResponseEntity.ok().eTag(Versions.etag(i.version())).body(one(caseId, investigationId));
    }

    @PostMapping("/{investigationId}/decisions")
    @Operation(summary = "Note a decision taken in the investigation")
    ResponseEntity<DecisionJson> decision(
            @PathVariable UUID caseId, @PathVariable UUID investigationId, @RequestBody DecisionRequest r) {
        Decision d = service.recordDecision(caseId, investigationId, r.decidedOn(), r.decision());
        return ResponseEntity.created(URI.create(
                        "/api/v1/cases/" + caseId + "/investigations/" + investigationId + "/decisions/" + d.id()))
                .body(DecisionJson.of(d));
    }

    @PostMapping("/{investigationId}/feedback")
    @Operation(summary = "Log the case manager's structured feedback to the case officer")
    ResponseEntity<FeedbackJson> feedback(
            @PathVariable UUID caseId, @PathVariable UUID investigationId, @RequestBody FeedbackRequest r) {
        Feedback f = service.giveFeedback(
                caseId,
                investigationId,
                new Feedback.NewFeedback(r.givenOn(), r.observations(), r.needs(), r.suggestions()));
        return ResponseEntity.created(URI.create(
                        "/api/v1/cases/" + caseId + "/investigations/" + investigationId + "/feedback/" + f.id()))
                .body(FeedbackJson.of(f, null));
    }

    private InvestigationJson one(UUID caseId, UUID investigationId) {
        return service.page(caseId).investigations().stream()
                .filter(v -> v.investigation().id().equals(investigationId))
                .findFirst()
                .map(InvestigationJson::of)
                .orElseThrow();
    }
}
