package se.traden.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The concern flow over HTTP: the same commands as the UI, answered in JSON or problem details. */
@RestController
@RequestMapping("/api/v1/concerns")
@Tag(name = "Concerns", description = "From a reporter's worry to the individual coordinator's decision")
class ConcernApi {
    private final ConcernService service;

    ConcernApi(ConcernService service) {
        this.service = service;
    }

    record RaiseRequest(
            String subjectName,
            String subjectPersonalNumber,
            Integer subjectBirthYear,
            String subjectSchool,
            String worry,
            Set<ProblemArea> problemAreas,
            Boolean urgent,
            MandatoryReport mandatoryReport,
            String mandatoryReportReason,
            String reporterOrganisation,
            String reporterFunction,
            String reporterName,
            String reporterContact) {}

    record Versioned(Long version) {}

    record TriageRequest(Long version, Complexity complexity, String valuation) {}

    record IdentifyRequest(Long version, UUID personId) {}

    record TextRequest(Long version, String text) {}

    record ConclusionRequest(Long version, Concern.GatheringOutcome outcome, String summary) {}

    record AssessmentRequest(
            Long version,
            String immediateActions,
            String circleAndFormOfWork,
            String responsibilityAndMandate,
            String participants) {}

    record ActivationRequest(Long version, UUID caseManagerId, String reason) {}

    record LineRequest(Long version, String receivingUnit, String advice, String reason) {}

    record ConcernJson(
            UUID id,
            String reference,
            Instant receivedAt,
            String route,
            boolean urgent,
            String status,
            String complexity,
            UUID personId,
            Map<String, Object> subject,
            Map<String, Object> reporter,
            String worry,
            Set<ProblemArea> problemAreas,
            String mandatoryReport,
            String mandatoryReportReason,
            Map<String, Object> deadlines,
            UUID caseManagerId,
            long version,
            List<ConcernEvent> timeline) {}

    @PostMapping
    @Operation(summary = "Raise a concern through the municipality's route")
    ResponseEntity<ConcernJson> raise(@RequestBody RaiseRequest r) {
        Concern c = service.raise(new ConcernService.RaiseConcern(
                r.subjectName(),
                r.subjectPersonalNumber(),
                r.subjectBirthYear(),
                r.subjectSchool(),
                r.worry(),
                r.problemAreas(),
                Boolean.TRUE.equals(r.urgent()),
                r.mandatoryReport(),
                r.mandatoryReportReason(),
                r.reporterOrganisation(),
                r.reporterFunction(),
                r.reporterName(),
                r.reporterContact()));
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + c.id()))
                .eTag(etag(c.version()))
                .body(new ConcernJson(
                        c.id(),
                        c.reference(),
                        c.receivedAt(),
                        c.route().name(),
                        c.urgent(),
                        c.status().name(),
                        null,
                        null,
                        Map.of(),
                        Map.of(),
                        null,
                        c.problemAreas(),
                        c.mandatoryReport().name(),
                        null,
                        Map.of(),
                        null,
                        c.version(),
                        List.of()));
    }

    @GetMapping("/inbox")
    @Operation(summary = "The open concerns the acting function works, urgent first, then by deadline")
    List<InboxItem> inbox() {
        return service.inbox();
    }

    @GetMapping("/mine")
    @Operation(summary = "The concerns the acting reporter raised, with the feedback given")
    List<ReporterView> mine() {
        return service.raisedByMe();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A concern with its timeline")
    ResponseEntity<ConcernJson> get(@PathVariable UUID id) {
        ConcernView view = service.view(id);
        return ResponseEntity.ok().eTag(etag(view.concern().version())).body(json(view));
    }

    @GetMapping("/{id}/candidates")
    @Operation(
            summary = "Registered children who may be the one the concern is about, each with what Tråden knows"
                    + " about them (ongoing collaboration, recent line decision, open concerns)")
    List<IdentificationCandidate> candidates(@PathVariable UUID id) {
        return service.identificationCandidates(id);
    }

    record DecisionSupportJson(
            UUID concernId,
            String reference,
            String status,
            UUID personId,
            long version,
            List<CaseManagerCandidate> candidates) {}

    @GetMapping("/{id}/decision-support")
    @Operation(
            summary = "The case managers the coordinator may assign, by name, with open cases, competence tags,"
                    + " relationships to the child, family or school and the last assignment (individual"
                    + " coordinator only; nothing is ranked)")
    ResponseEntity<DecisionSupportJson> decisionSupport(@PathVariable UUID id) {
        DecisionSupport support = service.decisionSupport(id);
        Concern c = support.concern();
        return ResponseEntity.ok()
                .eTag(etag(c.version()))
                .body(new DecisionSupportJson(
                        c.id(), c.reference(), c.status().name(), c.personId(), c.version(), support.candidates()));
    }

    @PostMapping("/{id}/triage")
    ResponseEntity<ConcernJson> triage(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TriageRequest r) {
        return answer(service.triage(id, version(ifMatch, r.version()), r.complexity(), r.valuation()));
    }

    @PostMapping("/{id}/identification")
    ResponseEntity<ConcernJson> identify(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody IdentifyRequest r) {
        return answer(service.identify(id, version(ifMatch, r.version()), r.personId()));
    }

    @PostMapping("/{id}/simple-closure")
    ResponseEntity<ConcernJson> closeAsSimple(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TextRequest r) {
        return answer(service.closeAsSimple(id, version(ifMatch, r.version()), r.text()));
    }

    @PostMapping("/{id}/feedback")
    ResponseEntity<ConcernJson> feedback(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TextRequest r) {
        return answer(service.giveFeedback(id, version(ifMatch, r.version()), r.text()));
    }

    @PostMapping("/{id}/gathering")
    ResponseEntity<ConcernJson> startGathering(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Versioned r) {
        return answer(service.startGathering(id, version(ifMatch, r.version())));
    }

    @PostMapping("/{id}/gathering/conclusion")
    ResponseEntity<ConcernJson> concludeGathering(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ConclusionRequest r) {
        return answer(service.concludeGathering(id, version(ifMatch, r.version()), r.outcome(), r.summary()));
    }

    @PostMapping("/{id}/assessment")
    ResponseEntity<ConcernJson> assessment(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AssessmentRequest r) {
        return answer(service.holdAssessment(
                id,
                version(ifMatch, r.version()),
                r.immediateActions(),
                r.circleAndFormOfWork(),
                r.responsibilityAndMandate(),
                r.participants()));
    }

    @PostMapping("/{id}/handover")
    ResponseEntity<ConcernJson> handOver(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TextRequest r) {
        return answer(service.handOver(id, version(ifMatch, r.version()), r.text()));
    }

    @PostMapping("/{id}/activation")
    @Operation(summary = "Activate structured collaboration and assign a case manager (individual coordinator only)")
    ResponseEntity<ConcernJson> activate(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ActivationRequest r) {
        return answer(service.activate(id, version(ifMatch, r.version()), r.caseManagerId(), r.reason()));
    }

    @PostMapping("/{id}/line-decision")
    @Operation(summary = "Leave the matter with the line (individual coordinator only)")
    ResponseEntity<ConcernJson> line(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody LineRequest r) {
        return answer(
                service.leaveWithLine(id, version(ifMatch, r.version()), r.receivingUnit(), r.advice(), r.reason()));
    }

    @PostMapping("/{id}/line-return")
    @Operation(summary = "The line comes back with the matter: a new assessment on the same history")
    ResponseEntity<ConcernJson> lineReturns(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TextRequest r) {
        return answer(service.lineReturns(id, version(ifMatch, r.version()), r.text()));
    }

    private ResponseEntity<ConcernJson> answer(Concern c) {
        return ResponseEntity.ok().eTag(etag(c.version())).body(json(service.view(c.id())));
    }

    static long version(String ifMatch, Long bodyVersion) {
        return Versions.expected(ifMatch, bodyVersion);
    }

    static String etag(long version) {
        return Versions.etag(version);
    }

    static ConcernJson json(ConcernView view) {
        Concern c = view.concern();
        Map<String, Object> subject = new java.util.LinkedHashMap<>();
        subject.put("name", c.subject().name());
        subject.put("personalNumber", c.subject().personalNumber());
        subject.put("birthYear", c.subject().birthYear());
        subject.put("school", c.subject().school());
        Map<String, Object> reporter = new java.util.LinkedHashMap<>();
        reporter.put("organisation", c.reporter().organisationName());
        reporter.put("function", c.reporter().function());
        reporter.put("name", c.reporter().name());
        reporter.put("contact", c.reporter().contact());
        Map<String, Object> deadlines = Map.of(
                "gathering", deadline(c.gathering(), view.gatheringState()),
                "feedback", deadline(c.feedback(), view.feedbackState()),
                "decision", deadline(c.decision(), view.decisionState()));
        return new ConcernJson(
                c.id(),
                c.reference(),
                c.receivedAt(),
                c.route().name(),
                c.urgent(),
                c.status().name(),
                c.complexity() == null ? null : c.complexity().name(),
                c.personId(),
                subject,
                reporter,
                c.worry(),
                c.problemAreas(),
                c.mandatoryReport().name(),
                c.mandatoryReportReason(),
                deadlines,
                c.caseManagerStaffId(),
                c.version(),
                view.timeline());
    }

    private static Map<String, Object> deadline(Deadline d, DeadlineState state) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("dueAt", d.dueAt());
        m.put("metAt", d.metAt());
        m.put("state", state.name());
        return m;
    }
}
