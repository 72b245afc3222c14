package se.traden.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.quality.QualityRegister;
import se.traden.quality.YearInQuality;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The annual quality report: the group manager writes its texts; the coordinator, the group manager
 * and the steering group read it and print it with the year's aggregated picture, the deviations and
 * improvements of the year and the operation's risks.
 */
@Service
public class QualityReportService {
    static final String RECORD = "quality-report";

    private final QualityReports reports;
    private final SituationService situation;
    private final QualityRegister register;
    private final AccessGuard guard;
    private final FollowupPdf pdf;
    private final Clock clock;

    QualityReportService(
            QualityReports reports,
            SituationService situation,
            QualityRegister register,
            AccessGuard guard,
            FollowupPdf pdf,
            Clock clock) {
        this.reports = reports;
        this.situation = situation;
        this.register = register;
        this.guard = guard;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The report of a year with what it is made of. */
    public record ReportView(QualityReport report, YearInQuality quality, boolean mayWrite) {}

    @Transactional
    public ReportView read(int year) {
        QualityReport.requireYear(year, today().getYear());
        guard.permit(AccessAction.READ, ref(year), SituationService.ANY);
        UUID municipality = guard.actor().municipalityId().value();
        return new ReportView(
                reports.find(municipality, year).orElse(QualityReport.empty(municipality, year)),
                register.year(municipality, year),
                guard.actor().holds(FunctionType.GROUP_MANAGER));
    }

    @Transactional
    public QualityReport write(int year, long expectedVersion, Map<QualityReport.Section, String> texts) {
        QualityReport.requireYear(year, today().getYear());
        guard.permit(AccessAction.UPDATE, ref(year), FunctionType.GROUP_MANAGER);
        UUID municipality = guard.actor().municipalityId().value();
        QualityReport current = reports.find(municipality, year).orElse(QualityReport.empty(municipality, year));
        QualityReport written = current.write(texts, guard.actor().staffId().value(), clock.instant());
        reports.save(written, expectedVersion);
        return reports.find(municipality, year).orElseThrow();
    }

    @Transactional
    public byte[] pdf(int year, Locale locale) {
        ReportView view = read(year);
        guard.permit(AccessAction.EXPORT, ref(year), SituationService.ANY);
        SituationPicture picture = situation.aggregated(Period.calendarYear(year), AccessAction.EXPORT);
        return pdf.qualityReport(view, picture, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Period.ZONE));
    }

    private static RecordRef ref(int year) {
        return RecordRef.of(RECORD, year);
    }
}
