package se.traden.followup;

import java.util.ArrayList;
import java.util.List;
import se.traden.followup.Cell.Count;
import se.traden.followup.IndicatorTable.Row;

/**
 * The geometry of a grouped bar chart drawn as inline SVG from a table's rows (weeks or months) and its
 * chart columns. The table beside it carries the same numbers for those who do not look at the chart.
 */
public record BarChart(
        int width, int height, int plotTop, int plotBottom, List<Label> series, List<Group> groups, List<Tick> ticks) {

    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int TOP = 12;
    static final int BOTTOM = 40;

    public record Group(String label, double labelX, boolean labelShown, List<Bar> bars) {}

    /** One value: {@code hidden} when withheld (drawn as a short hatched stub). */
    public record Bar(int series, double x, double y, double width, double height, String value, boolean hidden) {}

    public record Tick(double y, long value) {}

    /** The charts of every indicator of the picture that is drawn as one. */
    static java.util.Map<Indicator, BarChart> of(SituationPicture picture) {
        java.util.Map<Indicator, BarChart> charts = new java.util.LinkedHashMap<>();
        for (IndicatorTable table : picture.tables()) {
            if (table.indicator().chart() == Indicator.Chart.BARS) {
                charts.put(table.indicator(), of(table));
            }
        }
        return charts;
    }

    static BarChart of(IndicatorTable table) {
        List<Integer> columns = table.indicator().chartColumns();
        List<Row> rows = table.rows();
        long max = 1;
        for (Row row : rows) {
            for (int c : columns) {
                if (row.cell(c) instanceof Count count) {
                    max = Math.max(max, count.value());
                }
            }
        }
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        int plotBottom = HEIGHT - BOTTOM;
        double plotHeight = plotBottom - TOP;
        double groupWidth = (WIDTH - LEFT - 8) / (double) Math.max(1, rows.size());
        double barWidth = Math.max(1.5, (groupWidth * 0.8) / columns.size());
        int labelEvery = Math.max(1, (int) Math.ceil(rows.size() / 13.0));
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < rows.size(); g++) {
            Row row = rows.get(g);
            double groupX = LEFT + g * groupWidth + groupWidth * 0.1;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < columns.size(); s++) {
                Cell cell = row.cell(columns.get(s));
                double x = groupX + s * barWidth;
                if (cell instanceof Count count) {
                    double h = plotHeight * count.value() / top;
                    bars.add(new Bar(s, x, plotBottom - h, barWidth, h, Long.toString(count.value()), false));
                } else {
                    bars.add(new Bar(s, x, plotBottom - 6, barWidth, 6, "<5", true));
                }
            }
            groups.add(new Group(row.label().text(), groupX + groupWidth * 0.4, g % labelEvery == 0, bars));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(plotBottom - plotHeight * v / top, v));
        }
        List<Label> series = columns.stream().map(c -> table.columns().get(c)).toList();
        return new BarChart(WIDTH, HEIGHT, TOP, plotBottom, series, groups, ticks);
    }

    private static long niceStep(long max) {
        long raw = Math.max(1, max / 4);
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
