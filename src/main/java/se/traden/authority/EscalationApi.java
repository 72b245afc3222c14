package se.traden.authority;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.FunctionType;
import se.traden.shared.web.Versions;

/** Escalations of disagreements about a case over HTTP. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/escalations")
@Tag(name = "Escalations", description = "A disagreement lifted from the counterpart to higher management")
class EscalationApi {
    private final EscalationService service;

    EscalationApi(EscalationService service) {
        this.service = service;
    }

    record OpenRequest(String counterpart, String question) {}

    record OutcomeRequest(Long version, String outcome, Boolean settled) {}

    record LiftRequest(Long version, String question) {}

    record StepJson(
            int position,
            EscalationLevel level,
            String question,
            UUID raisedBy,
            String raisedByName,
            FunctionType raisedFunction,
            Instant raisedAt,
            String outcome,
            Boolean settled,
            UUID outcomeBy,
            String outcomeByName,
            FunctionType outcomeFunction,
            Instant outcomeAt) {}

    record EscalationJson(
            UUID id,
            String counterpart,
            String subject,
            Escalation.EscalationStatus status,
            Instant openedAt,
            EscalationLevel currentLevel,
            long version,
            List<StepJson> steps) {

        static EscalationJson of(Escalation e, EscalationService.EscalationPage page) {
            return new EscalationJson(
                    e.id(),
                    e.counterpart(),
                    e.subject(),
                    e.status(),
                    e.openedAt(),
                    e.current().level(),
                    e.version(),
                    e.steps().stream()
                            .map(s -> new StepJson(
                                    s.position(),
                                    s.level(),
                                    s.question(),
                                    s.raisedBy(),
                                    page.name(s.raisedBy()),
                                    s.raisedFunction(),
                                    s.raisedAt(),
                                    s.outcome(),
                                    s.settled(),
                                    s.outcomeBy(),
                                    page.name(s.outcomeBy()),
                                    s.outcomeFunction(),
                                    s.outcomeAt()))
                            .toList());
        }
    }

    @GetMapping
    @Operation(summary = "The case's escalations with every step")
    List<EscalationJson> list(@PathVariable UUID caseId) {
        var page = service.page(caseId);
        return page.escalations().stream().map(e -> EscalationJson.of(e, page)).toList();
    }

    @PostMapping
    @Operation(summary = "Open an escalation: the disagreement with the counterpart and the question")
    ResponseEntity<EscalationJson> open(@PathVariable UUID caseId, @RequestBody OpenRequest r) {
        Escalation e = service.open(caseId, r.counterpart(), r.question());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/escalations/" + e.id()))
                .eTag(Versions.etag(e.version()))
                .body(one(caseId, e.id()));
    }

    @PostMapping("/{escalationId}/outcome")
    @Operation(summary = "Record the outcome of the current step: settled, or not")
    ResponseEntity<EscalationJson> outcome(
            @PathVariable UUID caseId,
            @PathVariable UUID escalationId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody OutcomeRequest r) {
        Escalation e =
                service.answer(caseId, escalationId, Versions.expected(ifMatch, r.version()), r.outcome(), r.settled());
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(one(caseId, escalationId));
    }

    @PostMapping("/{escalationId}/steps")
    @Operation(
            summary = "Lift an unsettled question to the next step (to the group manager: the case opens to" + " them)")
    ResponseEntity<EscalationJson> lift(
            @PathVariable UUID caseId,
            @PathVariable UUID escalationId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody LiftRequest r) {
        Escalation e = service.lift(caseId, escalationId, Versions.expected(ifMatch, r.version()), r.question());
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(one(caseId, escalationId));
    }

    private EscalationJson one(UUID caseId, UUID escalationId) {
        var page = service.page(caseId);
        return page.escalations().stream()
                .filter(e -> e.id().equals(escalationId))
                .findFirst()
                .map(e -> EscalationJson.of(e, page))
                .orElseThrow();
    }
}
