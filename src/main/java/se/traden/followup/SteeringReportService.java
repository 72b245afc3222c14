package se.traden.followup;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;

/**
 * Steering reports: the coordinator or the group manager opens one for a period, each writes their
 * commentary, and the steering group reads it and takes the PDF upward. Its numbers are always the
 * aggregated picture, for every reader.
 */
@Service
public class SteeringReportService {
    static final String RECORD = "steering-report";
    static final FunctionType[] WRITERS = {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.GROUP_MANAGER};

    private final SteeringReports reports;
    private final SituationService situation;
    private final AccessGuard guard;
    private final StaffDirectory staff;
    private final FollowupPdf pdf;
    private final Clock clock;

    SteeringReportService(
            SteeringReports reports,
            SituationService situation,
            AccessGuard guard,
            StaffDirectory staff,
            FollowupPdf pdf,
            Clock clock) {
        this.reports = reports;
        this.situation = situation;
        this.guard = guard;
        this.staff = staff;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** A report with the names of those who wrote in it and the picture of its period. */
    public record ReportView(
            SteeringReport report, Map<StaffId, String> names, SituationPicture picture, List<FunctionType> mayWrite) {
        public String name(UUID staffId) {
            return staffId == null ? "" : names.getOrDefault(new StaffId(staffId), "");
        }
    }

    @Transactional
    public SteeringReport open(String title, Period period) {
        var actor = guard.actor();
        SteeringReport report = SteeringReport.draft(
                actor.municipalityId().value(), title, period, actor.staffId().value(), clock.instant());
        guard.permit(AccessAction.CREATE, RecordRef.of(RECORD, report.id()), WRITERS);
        reports.insert(report);
        return report;
    }

    /** Whether the acting person may open reports and write commentary. */
    public boolean mayWrite() {
        return guard.actor().actingAs(WRITERS).isPresent();
    }

    @Transactional
    public List<SteeringReport> list() {
        guard.permit(AccessAction.READ, RecordRef.of(RECORD, null), SituationService.ANY);
        return reports.all(guard.actor().municipalityId().value());
    }

    @Transactional
    public ReportView read(UUID id) {
        guard.check(AccessAction.READ, RecordRef.of(RECORD, id), SituationService.ANY);
        SteeringReport report = find(id, AccessAction.READ);
        guard.permit(AccessAction.READ, RecordRef.of(RECORD, id), SituationService.ANY);
        return view(report, situation.aggregated(report.period(), AccessAction.READ));
    }

    /** The commentary of the function named, written by a holder of it. */
    @Transactional
    public SteeringReport comment(UUID id, FunctionType as, long expectedVersion, String text) {
        guard.check(AccessAction.UPDATE, RecordRef.of(RECORD, id), as);
        SteeringReport report = find(id, AccessAction.UPDATE);
        guard.permit(AccessAction.UPDATE, RecordRef.of(RECORD, id), as);
        report.comment(as, text, guard.actor().staffId().value(), clock.instant());
        reports.updateCommentary(report, expectedVersion);
        return reports.find(report.municipalityId(), id).orElseThrow();
    }

    @Transactional
    public byte[] pdf(UUID id, Locale locale) {
        guard.check(AccessAction.EXPORT, RecordRef.of(RECORD, id), SituationService.ANY);
        SteeringReport report = find(id, AccessAction.EXPORT);
        guard.permit(AccessAction.EXPORT, RecordRef.of(RECORD, id), SituationService.ANY);
        ReportView view = view(report, situation.aggregated(report.period(), AccessAction.EXPORT));
        return pdf.steeringReport(view, locale);
    }

    private ReportView view(SteeringReport report, SituationPicture picture) {
        List<StaffId> writers = java.util.stream.Stream.of(report.coordinator(), report.groupManager())
                .filter(java.util.Objects::nonNull)
                .map(c -> new StaffId(c.staffId()))
                .toList();
        List<FunctionType> mayWrite =
                java.util.Arrays.stream(WRITERS).filter(guard.actor()::holds).toList();
        return new ReportView(report, staff.names(guard.actor().municipalityId(), writers), picture, mayWrite);
    }

    private SteeringReport find(UUID id, AccessAction action) {
        return reports.find(guard.actor().municipalityId().value(), id)
                .orElseThrow(() -> guard.notFound(action, RecordRef.of(RECORD, id)));
    }
}
