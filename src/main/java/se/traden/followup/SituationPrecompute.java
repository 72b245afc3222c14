package se.traden.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.followup.SituationSnapshots.Snapshot;
import se.traden.organisation.OrganisationQueries;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;

/**
 * Computes the situation picture ahead (decision 0130): every night, for each municipality, the periods
 * the page offers ready-made, each in a transaction of its own, so that opening them reads one stored row
 * instead of scanning every case, event and concern of the municipality. Pictures of periods no longer
 * offered are removed. No personal data of a child is read into a picture, and nothing here is an access
 * to personal data, so it writes nothing to the access log; the picture's readers are logged as before.
 */
@Service
public class SituationPrecompute {
    private static final Logger log = LoggerFactory.getLogger(SituationPrecompute.class);

    private final SituationQueries queries;
    private final SituationSnapshots snapshots;
    private final OrganisationQueries organisation;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SituationPrecompute(
            SituationQueries queries,
            SituationSnapshots snapshots,
            OrganisationQueries organisation,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.snapshots = snapshots;
        this.organisation = organisation;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The scheduled run: every municipality, as of today. */
    List<Snapshot> runEverywhere() {
        List<UUID> municipalities = organisation.municipalityIds();
        List<Snapshot> all = new ArrayList<>();
        for (UUID municipality : municipalities) {
            all.addAll(run(municipality));
        }
        return all;
    }

    /** Computes and stores the municipality's ready-made periods as of today; returns how many. */
    public int runFor(UUID municipality) {
        return run(municipality).size();
    }

    /** Computes and stores the municipality's ready-made periods as of today; returns what it stored. */
    List<Snapshot> run(UUID municipality) {
        return MunicipalityScope.within(new MunicipalityId(municipality), () -> runWithin(municipality));
    }

    private List<Snapshot> runWithin(UUID municipality) {
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, Period.ZONE);
        List<Snapshot> stored = new ArrayList<>();
        for (Period period : Period.standard(today).values()) {
            stored.add(transaction.execute(tx -> {
                Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
                long t0 = System.nanoTime();
                List<IndicatorTable> tables = queries.all(municipality, period);
                var snapshot = new Snapshot(period, at, (System.nanoTime() - t0) / 1_000_000, tables);
                snapshots.save(municipality, snapshot);
                return snapshot;
            }));
        }
        transaction.executeWithoutResult(tx -> snapshots.removeOlderThan(municipality, started));
        log.info(
                "Situation pictures computed ahead for municipality {}: {} periods in {} ms ({})",
                municipality,
                stored.size(),
                java.time.Duration.between(started, clock.instant()).toMillis(),
                stored.stream()
                        .map(s -> s.period().from() + ".." + s.period().to() + " " + s.computedInMillis() + " ms")
                        .toList());
        return stored;
    }
}
