package se.traden.followup;

/** One value of an indicator table. */
public sealed interface Cell {

    /** How many; in the steering view counts of 1 to 4 become {@link Hidden}. */
    record Count(long value) implements Cell {}

    /**
     * A share in per cent of two counts; {@code partColumn} and {@code wholeColumn} name the columns of
     * the same row they come from (-1 when the count is not shown in the table), so that a share is
     * hidden whenever one of them is.
     */
    record Share(long part, long whole, int partColumn, int wholeColumn) implements Cell {
        public Double percent() {
            return whole == 0 ? null : 100.0 * part / whole;
        }
    }

    /** A duration in days (a median or a percentile) over {@code basis} observations. */
    record Days(Double value, long basis) implements Cell {}

    /** A value withheld because it is small or would reveal a small one; shown as "<5". */
    record Hidden() implements Cell {}

    static Count count(long value) {
        return new Count(value);
    }
}
