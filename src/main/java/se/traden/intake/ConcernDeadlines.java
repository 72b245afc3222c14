package se.traden.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.traden.shared.MunicipalityId;

/**
 * The open deadlines of open concerns, for lists and reminders outside this module. These are queries
 * only: a caller that shows them to a person checks that person's access first and logs it.
 */
@Service
public class ConcernDeadlines {
    private static final String OPEN = "c.status in ('RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED')";
    private static final String DEADLINE_COLUMNS = """
            c.id, c.municipality_id, c.reference, c.route, c.urgent, c.status,
            c.gathering_started_at, c.gathering_due_at, c.gathering_met_at,
            c.feedback_started_at, c.feedback_due_at, c.feedback_met_at,
            c.decision_started_at, c.decision_due_at, c.decision_met_at,
            (select max(e.occurred_at) from concern_event e
              where e.concern_id = c.id and e.type = 'HANDED_OVER') as handed_over_at
            """;

    private final JdbcClient jdbc;

    ConcernDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of {@link #openInEveryMunicipalityAfter}: the open concerns' deadlines, and the last concern read. */
    public record Page(List<OpenDeadline> deadlines, UUID lastConcern) {}

    /**
     * The open deadlines in every municipality, without names, a page at a time: what a background job needs
     * to know which reminders are due. The deadlines of at most {@code size} open concerns after {@code
     * afterConcern} (null: from the first), in the database's order of concern ids, so that the job holds
     * one page in memory, not every municipality's at once, and concurrent runs meet rows in the same
     * order. {@code lastConcern} is null when there were no more concerns.
     */
    public Page openInEveryMunicipalityAfter(UUID afterConcern, int size) {
        List<UUID> ids = new ArrayList<>();
        List<OpenDeadline> open = new ArrayList<>();
        jdbc.sql("select " + DEADLINE_COLUMNS + ", null as subject_name from concern c where " + OPEN
                        + " and (cast(? as uuid) is null or c.id > ?) order by c.id limit ?")
                .params(afterConcern, afterConcern, size)
                .query(rs -> {
                    ids.add(rs.getObject("id", UUID.class));
                    open.addAll(deadlines(rs));
                });
        return new Page(open, ids.isEmpty() ? null : ids.getLast());
    }

    /** The open deadlines of one municipality, with the name the concern gives its subject. */
    public List<OpenDeadline> openIn(MunicipalityId municipality) {
        return jdbc
                .sql("select " + DEADLINE_COLUMNS + ", c.subject_name from concern c where c.municipality_id = ? and "
                        + OPEN + " order by c.id")
                .param(municipality.value())
                .query((rs, n) -> deadlines(rs))
                .list()
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    private static List<OpenDeadline> deadlines(ResultSet rs) throws SQLException {
        List<OpenDeadline> open = new ArrayList<>(3);
        for (DeadlineKind kind : DeadlineKind.values()) {
            String prefix = kind.name().toLowerCase(Locale.ROOT);
            var deadline = new Deadline(
                    Concerns.instant(rs, prefix + "_started_at"),
                    Concerns.instant(rs, prefix + "_due_at"),
                    Concerns.instant(rs, prefix + "_met_at"));
            if (deadline.metAt() == null) {
                open.add(new OpenDeadline(
                        rs.getObject("municipality_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        Concern.ContactRoute.valueOf(rs.getString("route")),
                        rs.getBoolean("urgent"),
                        ConcernStatus.valueOf(rs.getString("status")),
                        rs.getString("subject_name"),
                        kind,
                        deadline,
                        Concerns.instant(rs, "handed_over_at")));
            }
        }
        return open;
    }
}
