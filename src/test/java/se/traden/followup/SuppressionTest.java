package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.traden.followup.Cell.Count;
import se.traden.followup.Cell.Days;
import se.traden.followup.Cell.Hidden;
import se.traden.followup.Cell.Share;
import se.traden.followup.IndicatorTable.Row;
import se.traden.followup.IndicatorTable.RowSum;

/** Small counts and everything that would reveal them are withheld; zero and five stay. */
class SuppressionTest {

    @Test
    void zeroAndFiveAreShownFourIsHidden() {
        IndicatorTable table = columnTable(new long[] {0}, new long[] {4}, new long[] {5}, new long[] {6});
        List<String> shown = column(Suppression.apply(table), 0);
        // 4 is hidden; the total 15 would reveal it, so the smallest other non-zero value (5) goes too.
        assertThat(shown).containsExactly("0", "<5", "<5", "6", "15");
    }

    @Test
    void aTotalThatIsItselfSmallIsHiddenAndProtected() {
        IndicatorTable table = columnTable(new long[] {0}, new long[] {3}, new long[] {0});
        // The only non-zero cell is hidden; then the total (3) is small and hidden too.
        assertThat(column(Suppression.apply(table), 0)).containsExactly("0", "<5", "0", "<5");
    }

    @Test
    void aSingleHiddenValueBesideOnlyZerosHidesTheTotal() {
        IndicatorTable table = columnTable(new long[] {0}, new long[] {0}, new long[] {0});
        assertThat(column(Suppression.apply(table), 0)).containsExactly("0", "0", "0", "0");
        IndicatorTable seven = columnTable(new long[] {7}, new long[] {0});
        assertThat(column(Suppression.apply(seven), 0)).containsExactly("7", "0", "7");
    }

    @Test
    void rowSumsAreProtectedAsWellAsColumnTotals() {
        // Columns: a, b, a+b. Row 1: 2 + 10 = 12; row 2: 8 + 9 = 17; total 10 + 19 = 29.
        IndicatorTable table = new IndicatorTable(
                Indicator.DISCLOSURES,
                List.of(Label.text("a"), Label.text("b"), Label.text("sum")),
                List.of(row("r1", 2, 10, 12), row("r2", 8, 9, 17)),
                row("total", 10, 19, 29),
                true,
                new RowSum(List.of(0, 1), 2));
        IndicatorTable result = Suppression.apply(table);
        List<List<String>> grid = grid(result);
        // 2 is hidden. Row 1 (2 + 10 = 12) then hides 10; column a (2 + 8 = 10) hides 8; column b hides 9;
        // row 2 then has two hidden; nothing can be worked out by one subtraction.
        assertThat(grid.get(0)).containsExactly("<5", "<5", "12");
        assertThat(grid.get(1)).containsExactly("<5", "<5", "17");
        assertThat(grid.get(2)).containsExactly("10", "19", "29");
        for (int r = 0; r < grid.size(); r++) {
            long hiddenInRow = grid.get(r).stream().filter("<5"::equals).count();
            assertThat(hiddenInRow).as("row %s", r).isNotEqualTo(1);
        }
        for (int c = 0; c < 3; c++) {
            int column = c;
            long hiddenInColumn =
                    grid.stream().filter(r -> r.get(column).equals("<5")).count();
            assertThat(hiddenInColumn).as("column %s", c).isNotEqualTo(1);
        }
    }

    @Test
    void sharesAndMediansFollowTheCountsBehindThem() {
        IndicatorTable table = new IndicatorTable(
                Indicator.DEADLINES,
                List.of(Label.text("windows"), Label.text("in time"), Label.text("share"), Label.text("median")),
                List.of(
                        new Row(
                                Label.text("few"),
                                List.of(new Count(12), new Count(3), new Share(3, 12, 1, 0), new Days(2.0, 3))),
                        new Row(
                                Label.text("many"),
                                List.of(new Count(12), new Count(9), new Share(9, 12, 1, 0), new Days(2.0, 9)))),
                null,
                false,
                null);
        List<List<String>> grid = grid(Suppression.apply(table));
        assertThat(grid.get(0)).containsExactly("12", "<5", "<5", "<5");
        assertThat(grid.get(1)).containsExactly("12", "9", "75 %", "2,0");
    }

    private static IndicatorTable columnTable(long[]... values) {
        long sum = Arrays.stream(values).mapToLong(v -> v[0]).sum();
        List<Row> rows = Arrays.stream(values).map(v -> row("r", v[0])).toList();
        return new IndicatorTable(Indicator.CASE_MODE, List.of(Label.text("n")), rows, row("total", sum), true, null);
    }

    private static Row row(String label, long... values) {
        return new Row(
                Label.text(label),
                Arrays.stream(values).mapToObj(v -> (Cell) new Count(v)).toList());
    }

    private static List<String> column(IndicatorTable table, int column) {
        return grid(table).stream().map(r -> r.get(column)).toList();
    }

    private static List<List<String>> grid(IndicatorTable table) {
        CellText text = new CellText(java.util.Locale.forLanguageTag("sv-SE"), null);
        return table.allRows().stream()
                .map(r -> r.cells().stream()
                        .map(c -> c instanceof Hidden ? "<5" : text.text(c).replace('\u00a0', ' '))
                        .toList())
                .toList();
    }
}
