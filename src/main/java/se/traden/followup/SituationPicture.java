package se.traden.followup;

import java.time.Instant;
import java.util.List;

/**
 * Every indicator over one period for one municipality, as the coordinator and group manager see it,
 * or as the steering group sees it ({@code aggregated}: small counts hidden, no staff names). {@code
 * producedAt} is when its numbers were counted: now, or, when {@code precomputed}, during the night's
 * computation (decision 0130), so that what was registered since is not in it.
 */
public record SituationPicture(
        Period period, Instant producedAt, boolean aggregated, List<IndicatorTable> tables, boolean precomputed) {

    public SituationPicture {
        tables = List.copyOf(tables);
    }

    public IndicatorTable table(Indicator indicator) {
        return tables.stream()
                .filter(t -> t.indicator() == indicator)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table for " + indicator));
    }
}
