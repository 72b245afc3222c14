package se.traden.followup;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * The situation picture. The coordinator and the group manager see it whole; the steering group only
 * ever gets the aggregated form, with small counts hidden and no names, and that rule is applied here,
 * on the server, whatever the page or export asked for.
 */
@Service
public class SituationService {
    static final FunctionType[] FULL = {FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.GROUP_MANAGER};
    static final FunctionType[] ANY = {
        FunctionType.INDIVIDUAL_COORDINATOR, FunctionType.GROUP_MANAGER, FunctionType.STEERING_GROUP
    };

    private final AccessGuard guard;
    private final SituationQueries queries;
    private final SituationSnapshots snapshots;
    private final Clock clock;

    SituationService(AccessGuard guard, SituationQueries queries, SituationSnapshots snapshots, Clock clock) {
        this.guard = guard;
        this.queries = queries;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * The picture for the acting person: whole for the coordinator and group manager unless they ask
     * to see what the steering group sees; aggregated for the steering group. A picture computed ahead
     * today is served as it is; {@code live} counts anew.
     */
    @Transactional
    public SituationPicture picture(Period period, boolean aggregated, boolean live, AccessAction action) {
        FunctionType actingAs = guard.permit(action, ref(period), ANY);
        boolean whole = !aggregated && actingAs != FunctionType.STEERING_GROUP && mayReadWhole();
        return compute(period, !whole, live);
    }

    /** The aggregated picture, for every reader (the steering report and the quality report use it). */
    @Transactional
    public SituationPicture aggregated(Period period, AccessAction action) {
        guard.permit(action, ref(period), ANY);
        return compute(period, true, false);
    }

    /** Whether the acting person may see the whole picture (names and small counts). */
    public boolean mayReadWhole() {
        return guard.actor().actingAs(FULL).isPresent();
    }

    private SituationPicture compute(Period period, boolean aggregated, boolean live) {
        java.util.UUID municipality = guard.actor().municipalityId().value();
        var ahead =
                live ? java.util.Optional.<SituationSnapshots.Snapshot>empty() : computedToday(municipality, period);
        List<IndicatorTable> tables =
                ahead.map(SituationSnapshots.Snapshot::tables).orElseGet(() -> queries.all(municipality, period));
        if (aggregated) {
            tables = tables.stream().map(Suppression::apply).toList();
        }
        return new SituationPicture(
                period,
                ahead.map(SituationSnapshots.Snapshot::computedAt).orElseGet(clock::instant),
                aggregated,
                tables,
                ahead.isPresent());
    }

    /** The picture of the period computed ahead today, if there is one: yesterday's is never served. */
    private java.util.Optional<SituationSnapshots.Snapshot> computedToday(java.util.UUID municipality, Period period) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(Period.ZONE));
        return snapshots
                .find(municipality, period)
                .filter(s -> !s.computedAt().atZone(Period.ZONE).toLocalDate().isBefore(today));
    }

    private static RecordRef ref(Period period) {
        return RecordRef.of("situation-picture", period.from() + ".." + period.to());
    }
}
