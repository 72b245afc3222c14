package se.traden.retention;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.FunctionType;
import se.traden.shared.web.Versions;

/** Retention over HTTP: the rules (changed with If-Match or a body version), the runs' reports, dry runs and holds. */
@RestController
@RequestMapping("/api/v1/retention")
@Tag(
        name = "Retention",
        description = "Thinning (gallring) of personal data by rules per kind of record; holds that keep a case or"
                + " concern; the nightly job's reports and dry runs, in counts only")
class RetentionApi {
    private final RetentionService service;

    RetentionApi(RetentionService service) {
        this.service = service;
    }

    /** A rule; {@code isDefault} when the municipality has not set it and the documented default applies. */
    record RuleJson(
            RecordType type,
            boolean enabled,
            int yearsAfterLastEntry,
            Integer keepUntilAge,
            boolean keepResearchSample,
            boolean ageApplies,
            boolean researchSampleApplies,
            boolean isDefault,
            Instant updatedAt,
            long version) {

        static RuleJson of(RetentionRule r) {
            return new RuleJson(
                    r.type(),
                    r.enabled(),
                    r.yearsAfterLastEntry(),
                    r.keepUntilAge(),
                    r.keepResearchSample(),
                    r.type().ageApplies(),
                    r.type().researchSampleApplies(),
                    r.isDefault(),
                    r.updatedAt(),
                    r.version());
        }
    }

    /** Every field of the rule again; {@code keepUntilAge} null for no age floor. */
    record RuleRequest(
            Long version,
            Boolean enabled,
            Integer yearsAfterLastEntry,
            Integer keepUntilAge,
            Boolean keepResearchSample) {}

    record KeptJson(int hold, int placement, int researchSample, int age) {}

    record CountJson(RecordType type, boolean enabled, int due, int thinned, KeptJson kept, int failed) {
        static CountJson of(TypeCount c) {
            return new CountJson(
                    c.type(),
                    c.enabled(),
                    c.due(),
                    c.thinned(),
                    new KeptJson(c.keptHold(), c.keptPlacement(), c.keptResearch(), c.keptAge()),
                    c.failed());
        }
    }

    /** A run's report; a dry run's has no id, and its {@code thinned} says what a run would thin. */
    record RunJson(
            UUID id,
            Instant asOf,
            Instant startedAt,
            Instant finishedAt,
            boolean dryRun,
            RunReport.Outcome outcome,
            List<CountJson> counts) {
        static RunJson of(RunReport r) {
            return new RunJson(
                    r.id(),
                    r.asOf(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.dryRun(),
                    r.outcome(),
                    r.counts().stream().map(CountJson::of).toList());
        }
    }

    record HoldJson(
            UUID id,
            Hold.HeldRecord recordType,
            String reference,
            String reason,
            Instant placedAt,
            FunctionType placedFunction,
            Instant releasedAt,
            long version) {
        static HoldJson of(Hold h) {
            return new HoldJson(
                    h.id(),
                    h.recordType(),
                    h.reference(),
                    h.reason(),
                    h.placedAt(),
                    h.placedFunction(),
                    h.releasedAt(),
                    h.version());
        }
    }

    record HoldRequest(Hold.HeldRecord recordType, String reference, String reason) {}

    record ReleaseRequest(Long version) {}

    @GetMapping("/rules")
    @Operation(summary = "The municipality's retention rules, one per kind of record")
    List<RuleJson> rules() {
        return service.rules().stream().map(RuleJson::of).toList();
    }

    @GetMapping("/rules/{type}")
    @Operation(summary = "One retention rule, with its version as ETag")
    ResponseEntity<RuleJson> rule(@PathVariable RecordType type) {
        RetentionRule rule = service.rule(type);
        return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(RuleJson.of(rule));
    }

    @PutMapping("/rules/{type}")
    @Operation(summary = "Change a retention rule: every field again (administrator)")
    ResponseEntity<RuleJson> changeRule(
            @PathVariable RecordType type,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody RuleRequest r) {
        RetentionRule rule = service.changeRule(
                type,
                Versions.expected(ifMatch, r.version()),
                new RetentionRule.Change(
                        r.enabled(), r.yearsAfterLastEntry(), r.keepUntilAge(), r.keepResearchSample()));
        return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(RuleJson.of(rule));
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest runs of the thinning job, newest first, with their counts")
    List<RunJson> runs() {
        return service.latestRuns().stream().map(RunJson::of).toList();
    }

    @GetMapping("/dry-run")
    @Operation(
            summary = "What a run would thin",
            description = "Judges every rule as the nightly job would, on the given day (today when left out),"
                    + " and changes nothing. Counts only.")
    RunJson dryRun(
            @Parameter(description = "the day to judge against, YYYY-MM-DD")
                    @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        return RunJson.of(service.dryRun(asOf));
    }

    @GetMapping("/holds")
    @Operation(summary = "The holds in force: cases and concerns kept whatever the rules say")
    List<HoldJson> holds() {
        return service.holds().stream().map(HoldJson::of).toList();
    }

    @PostMapping("/holds")
    @Operation(
            summary =
                    "Place a hold on a case or concern, named by its number (coordinator, group manager, administrator)")
    ResponseEntity<HoldJson> placeHold(@RequestBody HoldRequest r) {
        Hold hold = service.placeHold(new Hold.Request(r.recordType(), r.reference(), r.reason()));
        return ResponseEntity.created(URI.create("/api/v1/retention/holds/" + hold.id()))
                .eTag(Versions.etag(hold.version()))
                .body(HoldJson.of(hold));
    }

    @PostMapping("/holds/{id}/release")
    @Operation(summary = "Release a hold: the record follows its rule again")
    ResponseEntity<HoldJson> releaseHold(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) ReleaseRequest r) {
        Hold hold = service.releaseHold(id, Versions.expected(ifMatch, r == null ? null : r.version()));
        return ResponseEntity.ok().eTag(Versions.etag(hold.version())).body(HoldJson.of(hold));
    }
}
