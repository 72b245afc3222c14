package se.traden.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of the thinning job in one municipality, or a dry run: the moment judged against, when it
 * ran, whether it completed, and its counts per kind of record. A dry run has no id: it is not stored.
 */
record RunReport(
        UUID id,
        UUID municipalityId,
        Instant asOf,
        Instant startedAt,
        Instant finishedAt,
        boolean dryRun,
        Outcome outcome,
        List<TypeCount> counts) {

    enum Outcome {
        COMPLETED,
        FAILED
    }

    RunReport {
        counts = List.copyOf(counts);
    }

    public int thinned() {
        return counts.stream().mapToInt(TypeCount::thinned).sum();
    }
}
