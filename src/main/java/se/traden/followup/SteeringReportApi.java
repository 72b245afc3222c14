package se.traden.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.FunctionType;
import se.traden.shared.web.Versions;

/** Steering reports over HTTP. */
@RestController
@RequestMapping("/api/v1/followup/steering-reports")
@Tag(name = "Follow-up", description = "The situation picture and the steering group's aggregated view")
class SteeringReportApi {
    private final SteeringReportService reports;
    private final MessageSource messages;
    private final Clock clock;

    SteeringReportApi(SteeringReportService reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    record NewReport(String title, String from, String to) {}

    record CommentaryRequest(Long version, String text) {}

    record CommentaryJson(String text, UUID staffId, String staffName, Instant at) {}

    record ReportJson(
            UUID id,
            String title,
            LocalDate from,
            LocalDate to,
            CommentaryJson coordinatorCommentary,
            CommentaryJson groupManagerCommentary,
            long version,
            SituationApi.PictureJson picture) {}

    record ReportSummaryJson(UUID id, String title, LocalDate from, LocalDate to, long version) {}

    @GetMapping
    @Operation(summary = "The steering reports, latest period first")
    List<ReportSummaryJson> list() {
        return reports.list().stream()
                .map(r -> new ReportSummaryJson(
                        r.id(), r.title(), r.period().from(), r.period().to(), r.version()))
                .toList();
    }

    @PostMapping
    @Operation(
            summary = "Open a steering report for a period (individual coordinator or group manager)",
            description = "from and to as YYYY-MM-DD; without both, the twelve months up to today.")
    ResponseEntity<ReportJson> open(@RequestBody NewReport body) {
        PeriodForm form = new PeriodForm();
        form.setFrom(body.from());
        form.setTo(body.to());
        SteeringReport report = reports.open(body.title(), form.toPeriod(LocalDate.now(clock.withZone(Period.ZONE))));
        ReportJson json = json(reports.read(report.id()));
        return ResponseEntity.created(URI.create("/api/v1/followup/steering-reports/" + report.id()))
                .eTag(Versions.etag(json.version()))
                .body(json);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A steering report with its commentary and the aggregated picture of its period")
    ResponseEntity<ReportJson> read(@PathVariable UUID id) {
        ReportJson json = json(reports.read(id));
        return ResponseEntity.ok().eTag(Versions.etag(json.version())).body(json);
    }

    @PutMapping("/{id}/coordinator-commentary")
    @Operation(summary = "Write the individual coordinator's commentary (If-Match or version required)")
    ResponseEntity<ReportJson> coordinator(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CommentaryRequest body) {
        return comment(id, FunctionType.INDIVIDUAL_COORDINATOR, ifMatch, body);
    }

    @PutMapping("/{id}/group-manager-commentary")
    @Operation(summary = "Write the group manager's commentary (If-Match or version required)")
    ResponseEntity<ReportJson> groupManager(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CommentaryRequest body) {
        return comment(id, FunctionType.GROUP_MANAGER, ifMatch, body);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "The steering report as PDF, ready to take upward")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return SteeringReportPages.pdfResponse(
                reports.pdf(id, LocaleContextHolder.getLocale()), "styrrapport-" + id + ".pdf");
    }

    private ResponseEntity<ReportJson> comment(UUID id, FunctionType as, String ifMatch, CommentaryRequest body) {
        reports.comment(id, as, Versions.expected(ifMatch, body.version()), body.text());
        ReportJson json = json(reports.read(id));
        return ResponseEntity.ok().eTag(Versions.etag(json.version())).body(json);
    }

    private ReportJson json(SteeringReportService.ReportView view) {
        SteeringReport r = view.report();
        return new ReportJson(
                r.id(),
                r.title(),
                r.period().from(),
                r.period().to(),
                commentary(r.coordinator(), view),
                commentary(r.groupManager(), view),
                r.version(),
                SituationApi.json(view.picture(), new CellText(LocaleContextHolder.getLocale(), messages)));
    }

    private static CommentaryJson commentary(SteeringReport.Commentary c, SteeringReportService.ReportView view) {
        return c == null ? null : new CommentaryJson(c.text(), c.staffId(), view.name(c.staffId()), c.at());
    }
}
