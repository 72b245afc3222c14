package se.traden.followup;

import java.util.List;

/**
 * The numbers of one indicator: rows under named columns, with an optional total row. {@code
 * columnTotals} says that every count column sums over the rows to the total row; {@code rowSums}
 * says which columns of a row sum to which other column. Suppression uses both to see which hidden
 * values could be worked out from the others.
 */
public record IndicatorTable(
        Indicator indicator, List<Label> columns, List<Row> rows, Row total, boolean columnTotals, RowSum rowSum) {

    public IndicatorTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Row(Label label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    /** Columns {@code parts} of every row add up to column {@code sum}. */
    public record RowSum(List<Integer> parts, int sum) {}

    /** Every row, the total last. */
    public List<Row> allRows() {
        if (total == null) {
            return rows;
        }
        return java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(total))
                .toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
