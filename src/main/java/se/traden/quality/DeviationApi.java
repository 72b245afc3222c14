package se.traden.quality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.FunctionType;
import se.traden.shared.web.Versions;

/** The deviation register over HTTP. Changes name the version they start from (If-Match or body). */
@RestController
@RequestMapping("/api/v1/quality/deviations")
@Tag(
        name = "Deviations",
        description = "Deviations in the unit's way of working and their improvement work (SOSFS 2011:9, 5 kap.)")
class DeviationApi {
    private static final String BASE = "/api/v1/quality/deviations/";

    private final DeviationService service;

    DeviationApi(DeviationService service) {
        this.service = service;
    }

    record RaiseRequest(UUID reviewId, String whatHappened, ProcessStep affected) {}

    record AnalysisRequest(Long version, String causes) {}

    record ActionRequest(Long version, String what, UUID ownerId, LocalDate dueOn) {}

    record CompletionRequest(Long version, String note) {}

    record FollowUpRequest(Long version, Boolean effective, String text) {}

    record AnalysisJson(String causes, UUID by, String byName, FunctionType function, Instant at) {}

    record ActionJson(
            UUID id,
            int position,
            String what,
            UUID ownerId,
            String ownerName,
            FunctionType ownerFunction,
            LocalDate dueOn,
            boolean done,
            LocalDate doneOn,
            String doneNote,
            UUID doneBy,
            FunctionType doneFunction) {}

    record FollowUpJson(boolean effective, String text, UUID by, String byName, FunctionType function, Instant at) {}

    record EventJson(
            Deviation.EventType type, Instant at, UUID by, String byName, FunctionType function, String detail) {}

    /** A deviation in the register list: without names, history or the review it came from. */
    record DeviationSummaryJson(
            UUID id,
            String reference,
            Instant raisedAt,
            FunctionType raisedFunction,
            DeviationSource source,
            String whatHappened,
            ProcessStep affected,
            DeviationStatus status,
            int actions,
            long actionsDone,
            long version) {

        static DeviationSummaryJson of(Deviation d) {
            return new DeviationSummaryJson(
                    d.id(),
                    d.reference(),
                    d.raisedAt(),
                    d.raisedFunction(),
                    d.source(),
                    d.whatHappened(),
                    d.affected(),
                    d.status(),
                    d.actions().size(),
                    d.doneActions(),
                    d.version());
        }
    }

    /**
     * One deviation with everything about it. The review and case it came from are given only to a reader
     * who may see that case; others see the source kind alone.
     */
    record DeviationJson(
            UUID id,
            String reference,
            Instant raisedAt,
            UUID raisedBy,
            String raisedByName,
            FunctionType raisedFunction,
            DeviationSource source,
            UUID reviewId,
            UUID caseId,
            LocalDate reviewHeldOn,
            String whatHappened,
            ProcessStep affected,
            DeviationStatus status,
            AnalysisJson analysis,
            List<ActionJson> actions,
            FollowUpJson followUp,
            List<EventJson> history,
            long version) {

        static DeviationJson of(DeviationService.DeviationPage page) {
            Deviation d = page.deviation();
            var a = d.analysis();
            var f = d.followUp();
            var review = page.review();
            return new DeviationJson(
                    d.id(),
                    d.reference(),
                    d.raisedAt(),
                    d.raisedBy(),
                    page.name(d.raisedBy()),
                    d.raisedFunction(),
                    d.source(),
                    review == null ? null : review.reviewId(),
                    review == null ? null : review.caseId(),
                    review == null ? null : review.heldOn(),
                    d.whatHappened(),
                    d.affected(),
                    d.status(),
                    a == null ? null : new AnalysisJson(a.causes(), a.by(), page.name(a.by()), a.function(), a.at()),
                    d.actions().stream()
                            .map(x -> new ActionJson(
                                    x.id(),
                                    x.position(),
                                    x.what(),
                                    x.ownerStaffId(),
                                    page.name(x.ownerStaffId()),
                                    x.ownerFunction(),
                                    x.dueOn(),
                                    x.done(),
                                    x.doneOn(),
                                    x.doneNote(),
                                    x.doneBy(),
                                    x.doneFunction()))
                            .toList(),
                    f == null
                            ? null
                            : new FollowUpJson(
                                    f.effective(), f.text(), f.by(), page.name(f.by()), f.function(), f.at()),
                    page.history().stream()
                            .map(e -> new EventJson(
                                    e.type(), e.at(), e.staffId(), page.name(e.staffId()), e.function(), e.detail()))
                            .toList(),
                    d.version());
        }
    }

    @GetMapping
    @Operation(summary = "The register: the municipality's deviations, the latest first, by status and year raised")
    List<DeviationSummaryJson> register(
            @Parameter(description = "only deviations with this status") @RequestParam(required = false)
                    DeviationStatus status,
            @Parameter(description = "only deviations raised in this year") @RequestParam(required = false)
                    Integer year) {
        return service.register(status, year).deviations().stream()
                .map(DeviationSummaryJson::of)
                .toList();
    }

    @PostMapping
    @Operation(
            summary = "Raise a deviation: what happened and which step of the process it affected; optionally"
                    + " the after action review it comes from")
    ResponseEntity<DeviationJson> raise(@RequestBody RaiseRequest r) {
        Deviation d = service.raise(r.reviewId(), r.whatHappened(), r.affected());
        return ResponseEntity.created(URI.create(BASE + d.id()))
                .eTag(Versions.etag(d.version()))
                .body(DeviationJson.of(service.page(d.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deviation with its analysis, actions, follow-up and history")
    ResponseEntity<DeviationJson> read(@PathVariable UUID id) {
        return one(id);
    }

    @PostMapping("/{id}/analysis")
    @Operation(summary = "The analysis: the causes of what happened (group manager or coordinator)")
    ResponseEntity<DeviationJson> analyse(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AnalysisRequest r) {
        service.analyse(id, Versions.expected(ifMatch, r.version()), r.causes());
        return one(id);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Plan an improvement action with its owner and due date (group manager or coordinator)")
    ResponseEntity<DeviationJson> planAction(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ActionRequest r) {
        service.planAction(id, Versions.expected(ifMatch, r.version()), r.what(), r.ownerId(), r.dueOn());
        return one(id);
    }

    @PostMapping("/{id}/actions/{actionId}/completion")
    @Operation(summary = "Mark an improvement action done, with a note (its owner or the group manager)")
    ResponseEntity<DeviationJson> complete(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody CompletionRequest r) {
        service.completeAction(id, actionId, Versions.expected(ifMatch, r.version()), r.note());
        return one(id);
    }

    @PostMapping("/{id}/follow-up")
    @Operation(
            summary = "Follow up: whether the actions had effect; closes the deviation once every action is"
                    + " done (group manager or coordinator)")
    ResponseEntity<DeviationJson> followUp(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody FollowUpRequest r) {
        service.followUp(id, Versions.expected(ifMatch, r.version()), r.effective(), r.text());
        return one(id);
    }

    private ResponseEntity<DeviationJson> one(UUID id) {
        var page = service.page(id);
        return ResponseEntity.ok()
                .eTag(Versions.etag(page.deviation().version()))
                .body(DeviationJson.of(page));
    }
}
