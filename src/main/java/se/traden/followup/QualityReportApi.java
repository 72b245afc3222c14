package se.traden.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.web.Versions;

/** The annual quality report over HTTP. */
@RestController
@RequestMapping("/api/v1/followup/quality-reports")
@Tag(name = "Follow-up", description = "The situation picture and the steering group's aggregated view")
class QualityReportApi {
    private final QualityReportService reports;

    QualityReportApi(QualityReportService reports) {
        this.reports = reports;
    }

    record TextsRequest(
            Long version, String summary, String processes, String results, String improvements, String ahead) {}

    record ReportJson(
            int year,
            String summary,
            String processes,
            String results,
            String improvements,
            String ahead,
            Instant updatedAt,
            UUID updatedBy,
            long version,
            int deviations,
            int risks) {}

    @GetMapping("/{year}")
    @Operation(summary = "A year's quality report: the group manager's texts (version 0 before the first save)")
    ResponseEntity<ReportJson> read(@PathVariable int year) {
        return ok(reports.read(year));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Write the texts of a year's quality report (group manager; If-Match or version required)")
    ResponseEntity<ReportJson> write(
            @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TextsRequest body) {
        Map<QualityReport.Section, String> texts = new EnumMap<>(QualityReport.Section.class);
        texts.put(QualityReport.Section.SUMMARY, body.summary());
        texts.put(QualityReport.Section.PROCESSES, body.processes());
        texts.put(QualityReport.Section.RESULTS, body.results());
        texts.put(QualityReport.Section.IMPROVEMENTS, body.improvements());
        texts.put(QualityReport.Section.AHEAD, body.ahead());
        reports.write(year, Versions.expected(ifMatch, body.version()), texts);
        return ok(reports.read(year));
    }

    @GetMapping("/{year}/pdf")
    @Operation(summary = "The quality report as PDF: texts, the year's aggregated picture, deviations and risks")
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        return SteeringReportPages.pdfResponse(
                reports.pdf(year, LocaleContextHolder.getLocale()), "kvalitetsberattelse-" + year + ".pdf");
    }

    private static ResponseEntity<ReportJson> ok(QualityReportService.ReportView view) {
        QualityReport r = view.report();
        ReportJson json = new ReportJson(
                r.year(),
                r.text(QualityReport.Section.SUMMARY),
                r.text(QualityReport.Section.PROCESSES),
                r.text(QualityReport.Section.RESULTS),
                r.text(QualityReport.Section.IMPROVEMENTS),
                r.text(QualityReport.Section.AHEAD),
                r.updatedAt(),
                r.updatedBy(),
                r.version(),
                view.quality().deviations().size(),
                view.quality().risks().size());
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(json);
    }
}
