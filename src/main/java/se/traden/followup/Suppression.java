package se.traden.followup;

import java.util.ArrayList;
import java.util.List;
import se.traden.followup.Cell.Count;
import se.traden.followup.Cell.Days;
import se.traden.followup.Cell.Hidden;
import se.traden.followup.Cell.Share;
import se.traden.followup.IndicatorTable.Row;

/**
 * Makes a table fit for the steering group. Counts of 1 to 4 are hidden (primary suppression); zero is
 * shown, as it tells nothing about anyone. Then, wherever a sum is shown beside its parts (a column
 * over its total row, or parts of a row beside their sum), one hidden value among them could be worked
 * out by subtraction, so the smallest other non-zero value is hidden too (secondary suppression),
 * repeated until no sum has exactly one hidden member. Shares are hidden when either count behind them
 * is, and medians over fewer than five observations. Staff names become numbered case managers.
 */
final class Suppression {
    static final int THRESHOLD = 5;

    private Suppression() {}

    static IndicatorTable apply(IndicatorTable table) {
        List<Row> all = table.allRows();
        int rows = all.size();
        int columns = table.columns().size();
        Long[][] value = new Long[rows][columns];
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (all.get(r).cell(c) instanceof Count count) {
                    value[r][c] = count.value();
                    hidden[r][c] = count.value() > 0 && count.value() < THRESHOLD;
                }
            }
        }
        List<int[][]> sums = sums(table, value);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] sum : sums) {
                changed |= protect(sum, value, hidden);
            }
        }
        List<Row> result = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(hidden[r][c] ? new Hidden() : suppress(all.get(r).cell(c), hidden[r]));
            }
            Label label = all.get(r).label();
            if (table.indicator() == Indicator.CASELOAD && r < table.rows().size()) {
                label = Label.text("Case manager " + (r + 1));
            }
            result.add(new Row(label, cells));
        }
        Row total = table.total() == null ? null : result.removeLast();
        return new IndicatorTable(
                table.indicator(), table.columns(), result, total, table.columnTotals(), table.rowSum());
    }

    /** Each group of cells where the last is the sum of the others. */
    private static List<int[][]> sums(IndicatorTable table, Long[][] value) {
        List<int[][]> sums = new ArrayList<>();
        int rows = value.length;
        int columns = table.columns().size();
        if (table.columnTotals() && table.total() != null) {
            for (int c = 0; c < columns; c++) {
                int column = c;
                boolean counts = java.util.stream.IntStream.range(0, rows).allMatch(r -> value[r][column] != null);
                if (counts) {
                    int[][] sum = new int[rows][];
                    for (int r = 0; r < rows; r++) {
                        sum[r] = new int[] {r, c};
                    }
                    sums.add(sum);
                }
            }
        }
        if (table.rowSum() != null) {
            for (int r = 0; r < rows; r++) {
                List<Integer> parts = table.rowSum().parts();
                int[][] sum = new int[parts.size() + 1][];
                for (int i = 0; i < parts.size(); i++) {
                    sum[i] = new int[] {r, parts.get(i)};
                }
                sum[parts.size()] = new int[] {r, table.rowSum().sum()};
                sums.add(sum);
            }
        }
        return sums;
    }

    /** Hides one more member of the sum when exactly one is hidden; says whether it did. */
    private static boolean protect(int[][] sum, Long[][] value, boolean[][] hidden) {
        int hiddenMembers = 0;
        for (int[] cell : sum) {
            if (hidden[cell[0]][cell[1]]) {
                hiddenMembers++;
            }
        }
        if (hiddenMembers != 1) {
            return false;
        }
        int[] pick = null;
        for (int i = 0; i < sum.length - 1; i++) {
            int[] cell = sum[i];
            long v = value[cell[0]][cell[1]];
            if (!hidden[cell[0]][cell[1]] && v > 0 && (pick == null || v < value[pick[0]][pick[1]])) {
                pick = cell;
            }
        }
        int[] total = sum[sum.length - 1];
        if (pick == null && !hidden[total[0]][total[1]]) {
            pick = total;
        }
        if (pick == null) {
            return false;
        }
        hidden[pick[0]][pick[1]] = true;
        return true;
    }

    private static Cell suppress(Cell cell, boolean[] hiddenInRow) {
        return switch (cell) {
            case Count count -> count;
            case Share share -> hides(share, hiddenInRow) ? new Hidden() : share;
            case Days days -> days.basis() > 0 && days.basis() < THRESHOLD ? new Hidden() : days;
            case Hidden h -> h;
        };
    }

    private static boolean hides(Share share, boolean[] hiddenInRow) {
        return hiddenBy(share.partColumn(), share.part(), hiddenInRow)
                || hiddenBy(share.wholeColumn(), share.whole(), hiddenInRow);
    }

    private static boolean hiddenBy(int column, long value, boolean[] hiddenInRow) {
        if (column >= 0) {
            return hiddenInRow[column];
        }
        return value > 0 && value < THRESHOLD;
    }
}
