package se.traden.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk matrix: likelihood (rows, the most likely first) against consequence (columns, the mildest
 * first), with how many risks that are still open or mitigated fall in each cell. Closed risks are left
 * out; they no longer threaten the operation.
 */
record RiskMatrix(List<Row> rows, int counted) {

    /** One likelihood level with its four cells. */
    record Row(int likelihood, List<Cell> cells) {}

    /** One cell: its levels, value, band and the number of risks in it. */
    record Cell(int likelihood, int consequence, int count) {
        public int value() {
            return likelihood * consequence;
        }

        public RiskBand band() {
            return RiskBand.of(value());
        }
    }

    static final List<Integer> LEVELS = List.of(1, 2, 3, 4);

    static RiskMatrix of(List<OperationalRisk> risks) {
        int[][] counts = new int[5][5];
        int counted = 0;
        for (var r : risks) {
            if (r.status() != RiskStatus.CLOSED) {
                counts[r.likelihood()][r.consequence()]++;
                counted++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int likelihood = 4; likelihood >= 1; likelihood--) {
            List<Cell> cells = new ArrayList<>();
            for (int consequence = 1; consequence <= 4; consequence++) {
                cells.add(new Cell(likelihood, consequence, counts[likelihood][consequence]));
            }
            rows.add(new Row(likelihood, List.copyOf(cells)));
        }
        return new RiskMatrix(List.copyOf(rows), counted);
    }

    public List<Integer> consequences() {
        return LEVELS;
    }
}
