package se.traden.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unit's load as the group manager follows it: per case manager, how many cases in each phase, how
 * many kept as maintaining contacts, how many at full intensity. Counts only, no children.
 */
record Workload(List<Row> rows, Row total, long needingCaseManager) {

    record Row(
            String caseManagerName,
            long exploring,
            long change,
            long maintenancePhase,
            long maintainingContact,
            long intensive,
            long total) {

        Row plus(CaseSummary c) {
            boolean active = c.status() == CaseStatus.ACTIVE;
            return new Row(
                    caseManagerName,
                    exploring + (active && c.phase() == Phase.EXPLORING ? 1 : 0),
                    change + (active && c.phase() == Phase.CHANGE ? 1 : 0),
                    maintenancePhase + (active && c.phase() == Phase.MAINTENANCE ? 1 : 0),
                    maintainingContact + (c.status() == CaseStatus.MAINTENANCE ? 1 : 0),
                    intensive + (active && c.intensive() ? 1 : 0),
                    total + 1);
        }
    }

    static Workload of(List<CaseSummary> cases) {
        Map<UUID, Row> perManager = new LinkedHashMap<>();
        Row total = new Row(null, 0, 0, 0, 0, 0, 0);
        long needing = 0;
        for (CaseSummary c : cases) {
            perManager.merge(c.caseManagerId(), new Row(c.caseManagerName(), 0, 0, 0, 0, 0, 0).plus(c), Workload::sum);
            total = total.plus(c);
            if (c.needsCaseManager()) {
                needing++;
            }
        }
        List<Row> rows = new ArrayList<>(perManager.values());
        rows.sort(Comparator.comparing(Row::caseManagerName, Comparator.nullsLast(String::compareTo)));
        return new Workload(rows, total, needing);
    }

    private static Row sum(Row a, Row b) {
        return new Row(
                a.caseManagerName(),
                a.exploring() + b.exploring(),
                a.change() + b.change(),
                a.maintenancePhase() + b.maintenancePhase(),
                a.maintainingContact() + b.maintainingContact(),
                a.intensive() + b.intensive(),
                a.total() + b.total());
    }
}
