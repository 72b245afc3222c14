package se.traden.followup;

import java.util.List;

/**
 * The indicators of the situation picture, each defined once. What each one counts is described in
 * words under {@code indicator.<key>.description} in the follow-up messages, and docs/indicators.md is
 * generated from those texts (a test fails when it is out of date). The queries behind them are in
 * {@link SituationQueries}, one method per indicator.
 */
public enum Indicator {
    INDIVIDUALS("individuals", Chart.NONE, List.of()),
    INFLOW_BY_SOURCE("inflow-by-source", Chart.NONE, List.of()),
    INFLOW_OVER_TIME("inflow-over-time", Chart.BARS, List.of(0, 1)),
    DECISIONS_OVER_TIME("decisions-over-time", Chart.BARS, List.of(0, 1, 2)),
    DECISIONS_BY_COMPLEXITY("decisions-by-complexity", Chart.NONE, List.of()),
    DEADLINES("deadlines", Chart.NONE, List.of()),
    PARALLEL_INVESTIGATIONS("parallel-investigations", Chart.BARS, List.of(1, 2)),
    PLACEMENTS("placements", Chart.NONE, List.of()),
    CASELOAD("caseload", Chart.NONE, List.of()),
    CHECK_INS("check-ins", Chart.NONE, List.of()),
    CASE_FLOW("case-flow", Chart.BARS, List.of(0, 1, 2)),
    CASE_MODE("case-mode", Chart.NONE, List.of()),
    DISCLOSURES("disclosures", Chart.NONE, List.of());

    private final String key;
    private final Chart chart;
    private final List<Integer> chartColumns;

    Indicator(String key, Chart chart, List<Integer> chartColumns) {
        this.key = key;
        this.chart = chart;
        this.chartColumns = chartColumns;
    }

    /** Stable name used in URLs, exports and the API. */
    public String key() {
        return key;
    }

    public Chart chart() {
        return chart;
    }

    /** The columns drawn in the chart, rows being weeks or months. */
    public List<Integer> chartColumns() {
        return chartColumns;
    }

    public String titleKey() {
        return "indicator." + key + ".title";
    }

    public String descriptionKey() {
        return "indicator." + key + ".description";
    }

    public enum Chart {
        NONE,
        BARS
    }
}
