package se.traden.plan;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;

/** The plan of a case over HTTP: the same revisions and comparisons as the plan page. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/plan")
@Tag(name = "Plan", description = "The action and change plan of a case, every revision kept")
class PlanApi {
    private final PlanService service;

    PlanApi(PlanService service) {
        this.service = service;
    }

    record PlanJson(
            UUID caseId,
            int revision,
            Instant revisedAt,
            String revisedBy,
            FunctionType revisedAs,
            String summary,
            String reason,
            PlanContent content,
            boolean goalsEvaluated,
            boolean difficultiesPlanExists) {

        static PlanJson of(UUID caseId, PlanRevision r, String by) {
            if (r == null) {
                return new PlanJson(caseId, 0, null, null, null, null, null, PlanContent.EMPTY, false, false);
            }
            return new PlanJson(
                    caseId,
                    r.number(),
                    r.at(),
                    by,
                    r.actingAs(),
                    r.summary(),
                    r.reason(),
                    r.content(),
                    r.content().goalsEvaluated(),
                    r.content().hasDifficultiesPlan());
        }
    }

    record RevisionJson(int revision, Instant at, String by, FunctionType actingAs, String summary, String reason) {}

    @GetMapping
    @Operation(summary = "The current plan (revision 0 and empty when none has been made); ETag is the revision")
    ResponseEntity<PlanJson> current(@PathVariable UUID caseId) {
        PlanView view = service.current(caseId);
        PlanRevision r = view.plan().current().orElse(null);
        return ResponseEntity.ok()
                .eTag(etag(view.currentNumber()))
                .body(PlanJson.of(caseId, r, r == null ? null : view.staffName(r.byStaffId())));
    }

    @PostMapping("/revisions")
    @Operation(
            summary = "Revise the plan: the whole plan as it should read, what changed and why",
            description = "basedOn (or If-Match) is the revision the change starts from; when the plan has been"
                    + " revised since, the answer is 409 and nothing is written. Goals and actions without an id are new;"
                    + " those left out are removed.")
    ResponseEntity<PlanJson> revise(
            @PathVariable UUID caseId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody PlanDraft draft) {
        PlanDraft based = ifMatch == null || ifMatch.isBlank()
                ? draft
                : new PlanDraft(
                        revisionOf(ifMatch),
                        draft.summary(),
                        draft.reason(),
                        draft.goals(),
                        draft.childView(),
                        draft.guardianViews(),
                        draft.difficultiesPlan());
        PlanRevision r = service.revise(caseId, based);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/plan/revisions/" + r.number()))
                .eTag(etag(r.number()))
                .body(PlanJson.of(caseId, r, null));
    }

    @GetMapping("/revisions")
    @Operation(summary = "Every revision, oldest first: when, by whom, what changed and why")
    List<RevisionJson> revisions(@PathVariable UUID caseId) {
        PlanView view = service.revisions(caseId);
        return view.revisions().stream()
                .map(r -> new RevisionJson(
                        r.number(), r.at(), view.staffName(r.byStaffId()), r.actingAs(), r.summary(), r.reason()))
                .toList();
    }

    @GetMapping("/revisions/{number}")
    @Operation(summary = "One kept revision, as the plan read then")
    PlanJson revision(@PathVariable UUID caseId, @PathVariable int number) {
        return PlanJson.of(caseId, service.revision(caseId, number), null);
    }

    @GetMapping("/compare")
    @Operation(summary = "What differs between two revisions, goal by goal and field by field")
    PlanComparison compare(
            @PathVariable UUID caseId,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        return service.compare(caseId, from, to);
    }

    static int revisionOf(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "malformed");
        }
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }
}
