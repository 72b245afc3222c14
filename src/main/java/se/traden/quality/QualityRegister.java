package se.traden.quality;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.RecordRef;

/**
 * The year's quality work for the annual quality report, which the follow-up module composes. The record
 * identifies nobody, so a read is not written to the access log. It answers only for the acting person's
 * own municipality: a question about another one is answered, and logged, as a record that is not there.
 * Which functions may see the report is the report's rule, checked by its module.
 */
@Component
public class QualityRegister {
    private final Deviations deviations;
    private final Risks risks;
    private final AccessGuard guard;
    private final Clock clock;

    QualityRegister(Deviations deviations, Risks risks, AccessGuard guard, Clock clock) {
        this.deviations = deviations;
        this.risks = risks;
        this.guard = guard;
        this.clock = clock;
    }

    /** The municipality's deviations raised in the year (in its zone) and its risks at the year's end. */
    @Transactional(readOnly = true)
    public YearInQuality year(UUID municipalityId, int year) {
        Actor actor = AccessGuard.currentActor()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no acting person"));
        if (!actor.municipalityId().value().equals(municipalityId)) {
            throw guard.notFound(AccessAction.READ, RecordRef.of("quality-register", municipalityId));
        }
        ZoneId zone = clock.getZone();
        List<YearInQuality.DeviationRecord> raised =
                deviations.register(municipalityId, null, year, zone).reversed().stream()
                        .map(d -> record(d, zone))
                        .toList();
        return new YearInQuality(
                municipalityId,
                year,
                raised,
                counts(ProcessStep.values(), raised, YearInQuality.DeviationRecord::category),
                counts(DeviationStatus.values(), raised, YearInQuality.DeviationRecord::status),
                risks.identifiedBefore(municipalityId, Deviations.yearStart(year + 1, zone)).stream()
                        .map(r -> risk(r, zone))
                        .toList());
    }

    private static <E extends Enum<E>> Map<E, Long> counts(
            E[] all, List<YearInQuality.DeviationRecord> raised, Function<YearInQuality.DeviationRecord, E> key) {
        Map<E, Long> found = raised.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        Map<E, Long> counts = new LinkedHashMap<>();
        Arrays.stream(all).forEach(e -> counts.put(e, found.getOrDefault(e, 0L)));
        return counts;
    }

    private static YearInQuality.DeviationRecord record(Deviation d, ZoneId zone) {
        var f = d.followUp();
        return new YearInQuality.DeviationRecord(
                d.reference(),
                d.raisedAt().atZone(zone).toLocalDate(),
                d.raisedFunction(),
                d.source(),
                d.affected(),
                d.whatHappened(),
                d.analysis() == null ? null : d.analysis().causes(),
                d.status(),
                d.actions().stream()
                        .map(a -> new YearInQuality.ActionRecord(
                                a.what(), a.ownerFunction(), a.dueOn(), a.doneOn(), a.doneNote()))
                        .toList(),
                f == null
                        ? null
                        : new YearInQuality.FollowUpRecord(
                                f.at().atZone(zone).toLocalDate(), f.function(), f.effective(), f.text()));
    }

    private static YearInQuality.RiskRecord risk(OperationalRisk r, ZoneId zone) {
        return new YearInQuality.RiskRecord(
                r.id(),
                r.title(),
                r.description(),
                r.processStep(),
                r.likelihood(),
                r.consequence(),
                r.value(),
                r.band(),
                r.measures(),
                r.owner(),
                r.reviewOn(),
                r.status(),
                r.identifiedAt().atZone(zone).toLocalDate(),
                r.version());
    }
}
