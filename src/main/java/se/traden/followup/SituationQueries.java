package se.traden.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.followup.Cell.Count;
import se.traden.followup.Cell.Days;
import se.traden.followup.Cell.Share;
import se.traden.followup.IndicatorTable.Row;
import se.traden.followup.IndicatorTable.RowSum;
import se.traden.followup.Period.Bucket;
import se.traden.organisation.CheckInCadence;
import se.traden.organisation.OrganisationQueries;
import se.traden.organisation.StaffDirectory;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * One query per indicator, straight on the tables of the modules that own the facts (read only). The
 * case's state over time comes from its own history: opened or re-engaged starts an active spell, a
 * closing with a maintenance date starts a maintenance spell, a closing without one or the end of
 * maintenance ends it. Every query is bounded by the municipality and the period and uses the indexes
 * of V80.
 */
@Repository
class SituationQueries {
    static final List<String> PROBLEM_AREAS =
            List.of("CRIME", "SCHOOL_ABSENCE", "MENTAL_ILL_HEALTH", "SUBSTANCE_USE", "OTHER_NORM_BREAKING", "OTHER");
    static final List<String> COMPLEXITIES = List.of("LOW", "MEDIUM", "HIGH");
    static final List<String> LEGAL_BASES =
            List.of("CONSENT", "OSL_10_2", "OSL_10_15A", "OSL_10_18A", "OSL_10_27", "LAW_2025_170", "DE_IDENTIFIED");

    /** The spells of every case that may have been in the system during [:start, :end). */
    private static final String SPELLS = """
            relevant as (
                select id, person_id, case_manager_staff_id, phase, intensive
                  from collab_case
                 where municipality_id = :m and opened_at < :end and (status <> 'CLOSED' or closed_at >= :start)
            ),
            spell as (
                select e.case_id, e.occurred_at as from_at,
                       lead(e.occurred_at) over (partition by e.case_id order by e.id) as to_at,
                       case when e.type in ('OPENED', 'REENGAGED') then 'ACTIVE'
                            when e.type = 'CLOSED' and e.details->>'maintainUntil' is not null then 'MAINTENANCE'
                            else 'CLOSED' end as state
                  from case_event e join relevant r on r.id = e.case_id
                 where e.municipality_id = :m and e.type in ('OPENED', 'REENGAGED', 'CLOSED', 'MAINTENANCE_ENDED')
            )
            """;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final OrganisationQueries organisation;
    private final java.time.Clock clock;

    SituationQueries(JdbcClient jdbc, StaffDirectory staff, OrganisationQueries organisation, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Memory for the sorts and hashes of this transaction's counts (set local: it ends with the transaction).
     * At the default 4 MB they spilled to disk from 10 000 cases on, and 100 000 cases took 92 s instead of 34 s
     * (docs/performance.md).
     */
    static final String WORK_MEM = "64MB";

    List<IndicatorTable> all(UUID municipality, Period period) {
        jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
        return List.of(
                individuals(municipality, period),
                inflowBySource(municipality, period),
                inflowOverTime(municipality, period),
                decisionsOverTime(municipality, period),
                decisionsByComplexity(municipality, period),
                deadlines(municipality, period),
                parallelInvestigations(municipality, period),
                placements(municipality, period),
                caseload(municipality, period),
                checkIns(municipality, period),
                caseFlow(municipality, period),
                caseMode(municipality, period),
                disclosures(municipality, period));
    }

    /** Distinct children with a case in the system during the period, new or ongoing, per problem area. */
    IndicatorTable individuals(UUID m, Period period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("with " + SPELLS + """
                        , persons as (
                            select r.person_id,
                                   bool_or(s.from_at < :start and (s.to_at is null or s.to_at > :start)) as ongoing
                              from spell s join relevant r on r.id = s.case_id
                             where s.state <> 'CLOSED' and s.from_at < :end and (s.to_at is null or s.to_at > :start)
                             group by r.person_id
                        ),
                        areas as (
                            select distinct p.person_id, p.ongoing, a.area
                              from persons p
                              join concern c on c.municipality_id = :m and c.person_id = p.person_id
                                            and c.status = 'ACTIVATED' and c.received_at < :end
                             cross join unnest(c.problem_areas) as a(area)
                        )
                        select area, count(*) filter (where not ongoing) as fresh, count(*) filter (where ongoing) as ongoing
                          from areas group by area
                        union all
                        select '*', count(*) filter (where not ongoing), count(*) filter (where ongoing) from persons
                        """).params(params(m, period)).query(rs -> {
            counts.put(rs.getString("area"), new long[] {rs.getLong("fresh"), rs.getLong("ongoing")});
        });
        List<Row> rows = new ArrayList<>();
        for (String area : PROBLEM_AREAS) {
            long[] c = counts.getOrDefault(area, new long[2]);
            rows.add(new Row(Label.key("problem-area." + area), counts3(c[0], c[1])));
        }
        long[] all = counts.getOrDefault("*", new long[2]);
        Row total = new Row(Label.key("followup.row.individuals-total"), counts3(all[0], all[1]));
        return new IndicatorTable(
                Indicator.INDIVIDUALS,
                labels("followup.col.new", "followup.col.ongoing", "followup.col.all"),
                rows,
                total,
                false,
                new RowSum(List.of(0, 1), 2));
    }

    /** Concerns received in the period per organisation that raised them, and how many were urgent. */
    IndicatorTable inflowBySource(UUID m, Period period) {
        List<Row> rows = new ArrayList<>();
        long[] total = new long[2];
        jdbc.sql("""
                        select reporter_organisation as source, count(*) as concerns, count(*) filter (where urgent) as urgent
                          from concern
                         where municipality_id = :m and received_at >= :start and received_at < :end
                         group by reporter_organisation
                         order by count(*) desc, reporter_organisation
                        """).params(params(m, period)).query(rs -> {
            long concerns = rs.getLong("concerns");
            long urgent = rs.getLong("urgent");
            total[0] += concerns;
            total[1] += urgent;
            rows.add(new Row(Label.text(rs.getString("source")), inflowCells(concerns, urgent)));
        });
        return new IndicatorTable(
                Indicator.INFLOW_BY_SOURCE,
                labels("followup.col.concerns", "followup.col.urgent", "followup.col.urgent-share"),
                rows,
                new Row(Label.key("followup.row.total"), inflowCells(total[0], total[1])),
                true,
                null);
    }

    /** Concerns received per week or month, and the urgent ones. */
    IndicatorTable inflowOverTime(UUID m, Period period) {
        Map<LocalDate, long[]> byBucket = new LinkedHashMap<>();
        jdbc.sql("""
                        select date_trunc(:unit, received_at at time zone 'Europe/Stockholm')::date as bucket,
                               count(*) as concerns, count(*) filter (where urgent) as urgent
                          from concern
                         where municipality_id = :m and received_at >= :start and received_at < :end
                         group by 1
                        """).params(params(m, period)).query(rs -> {
            byBucket.put(
                    rs.getObject("bucket", LocalDate.class), new long[] {rs.getLong("concerns"), rs.getLong("urgent")});
        });
        return overTime(
                Indicator.INFLOW_OVER_TIME,
                period,
                byBucket,
                2,
                labels("followup.col.concerns", "followup.col.urgent", "followup.col.urgent-share"),
                c -> inflowCells(c[0], c[1]));
    }

    /**
     * Decisions per week or month (activated, re-engaged counted as activated, line, simple advice)
     * beside the inflow, with the share of decisions that left the concern with the line.
     */
    IndicatorTable decisionsOverTime(UUID m, Period period) {
        Map<LocalDate, long[]> byBucket = new LinkedHashMap<>();
        jdbc.sql("""
                        with inflow as (
                            select date_trunc(:unit, received_at at time zone 'Europe/Stockholm')::date as bucket, count(*) as n
                              from concern
                             where municipality_id = :m and received_at >= :start and received_at < :end
                             group by 1
                        ),
                        decided as (
                            select date_trunc(:unit, occurred_at at time zone 'Europe/Stockholm')::date as bucket,
                                   count(*) filter (where type in ('ACTIVATED', 'CASE_REENGAGED')) as activated,
                                   count(*) filter (where type = 'LEFT_WITH_LINE') as line,
                                   count(*) filter (where type = 'CLOSED_SIMPLE') as simple
                              from concern_event
                             where municipality_id = :m and occurred_at >= :start and occurred_at < :end
                               and type in ('ACTIVATED', 'CASE_REENGAGED', 'LEFT_WITH_LINE', 'CLOSED_SIMPLE')
                             group by 1
                        )
                        select coalesce(i.bucket, d.bucket) as bucket, coalesce(i.n, 0) as inflow,
                               coalesce(d.activated, 0) as activated, coalesce(d.line, 0) as line,
                               coalesce(d.simple, 0) as simple
                          from inflow i full join decided d on d.bucket = i.bucket
                        """).params(params(m, period)).query(rs -> {
            byBucket.put(rs.getObject("bucket", LocalDate.class), new long[] {
                rs.getLong("inflow"), rs.getLong("activated"), rs.getLong("line"), rs.getLong("simple")
            });
        });
        return overTime(
                Indicator.DECISIONS_OVER_TIME,
                period,
                byBucket,
                4,
                labels(
                        "followup.col.inflow",
                        "followup.col.activated",
                        "followup.col.line",
                        "followup.col.simple",
                        "followup.col.line-share"),
                c -> List.of(
                        new Count(c[0]),
                        new Count(c[1]),
                        new Count(c[2]),
                        new Count(c[3]),
                        new Share(c[2], c[1] + c[2] + c[3], 2, -1)));
    }

    /** Decisions in the period per complexity recorded at triage. */
    IndicatorTable decisionsByComplexity(UUID m, Period period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(c.complexity, '-') as complexity,
                               count(*) filter (where e.type in ('ACTIVATED', 'CASE_REENGAGED')) as activated,
                               count(*) filter (where e.type = 'LEFT_WITH_LINE') as line,
                               count(*) filter (where e.type = 'CLOSED_SIMPLE') as simple
                          from concern_event e join concern c on c.id = e.concern_id
                         where e.municipality_id = :m and e.occurred_at >= :start and e.occurred_at < :end
                           and e.type in ('ACTIVATED', 'CASE_REENGAGED', 'LEFT_WITH_LINE', 'CLOSED_SIMPLE')
                         group by 1
                        """).params(params(m, period)).query(rs -> {
            counts.put(
                    rs.getString("complexity"),
                    new long[] {rs.getLong("activated"), rs.getLong("line"), rs.getLong("simple")});
        });
        List<Row> rows = new ArrayList<>();
        long[] total = new long[3];
        for (String complexity : COMPLEXITIES) {
            long[] c = counts.getOrDefault(complexity, new long[3]);
            add(total, c);
            rows.add(new Row(Label.key("complexity." + complexity), decisionCells(c)));
        }
        long[] unknown = counts.getOrDefault("-", new long[3]);
        if (unknown[0] + unknown[1] + unknown[2] > 0) {
            add(total, unknown);
            rows.add(new Row(Label.key("followup.row.complexity-unknown"), decisionCells(unknown)));
        }
        return new IndicatorTable(
                Indicator.DECISIONS_BY_COMPLEXITY,
                labels(
                        "followup.col.activated",
                        "followup.col.line",
                        "followup.col.simple",
                        "followup.col.decisions",
                        "followup.col.line-share"),
                rows,
                new Row(Label.key("followup.row.total"), decisionCells(total)),
                true,
                new RowSum(List.of(0, 1, 2), 3));
    }

    /**
     * Feedback and decision deadlines whose window ended in the period: met within it or not, and the
     * median and 90th percentile of the days from start to met.
     */
    IndicatorTable deadlines(UUID m, Period period) {
        List<Row> rows = new ArrayList<>();
        for (String kind : List.of("feedback", "decision")) {
            String sql = """
                    with closed as (
                        select %1$s_started_at as started, %1$s_due_at as due, %1$s_met_at as met
                          from concern
                         where municipality_id = :m
                           and coalesce(%1$s_met_at, %1$s_due_at) >= :start
                           and coalesce(%1$s_met_at, %1$s_due_at) < :end
                           and (%1$s_met_at is not null or %1$s_due_at < :now)
                    )
                    select count(*) as windows,
                           count(*) filter (where met is not null and met <= due) as in_time,
                           count(*) filter (where met is not null) as met,
                           percentile_cont(0.5) within group (order by extract(epoch from met - started) / 86400.0)
                               filter (where met is not null) as median,
                           percentile_cont(0.9) within group (order by extract(epoch from met - started) / 86400.0)
                               filter (where met is not null) as p90
                      from closed
                    """.formatted(kind);
            rows.add(jdbc.sql(sql)
                    .params(params(m, period))
                    .param("now", Timestamp.from(clock.instant()))
                    .query((rs, n) -> {
                        long windows = rs.getLong("windows");
                        long inTime = rs.getLong("in_time");
                        long met = rs.getLong("met");
                        return new Row(
                                Label.key("followup.row.deadline-" + kind),
                                List.of(
                                        new Count(windows),
                                        new Count(inTime),
                                        new Share(inTime, windows, 1, 0),
                                        new Days(nullableDouble(rs, "median"), met),
                                        new Days(nullableDouble(rs, "p90"), met)));
                    })
                    .single());
        }
        return new IndicatorTable(
                Indicator.DEADLINES,
                labels(
                        "followup.col.windows",
                        "followup.col.in-time",
                        "followup.col.in-time-share",
                        "followup.col.median-days",
                        "followup.col.p90-days"),
                rows,
                null,
                false,
                null);
    }

    /** Active case-manager cases at the end of each week or month, with and without an open investigation. */
    IndicatorTable parallelInvestigations(UUID m, Period period) {
        List<Bucket> buckets = period.buckets();
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        jdbc.sql("with " + SPELLS + """
                        , b as (
                            select * from unnest(string_to_array(:ends, ',')::timestamptz[],
                                                 string_to_array(:days, ',')::date[]) as b(end_at, last_day)
                        )
                        select b.last_day, count(*) as open_cases,
                               count(*) filter (where exists (
                                   select 1 from investigation i
                                    where i.municipality_id = :m and i.case_id = s.case_id and i.opened_on <= b.last_day
                                      and (i.closed_on is null or i.closed_on > b.last_day))) as with_investigation
                          from b join spell s on s.state = 'ACTIVE' and s.from_at < b.end_at
                                           and (s.to_at is null or s.to_at >= b.end_at)
                         group by b.last_day
                        """)
                .params(params(m, period))
                .param("ends", buckets.stream().map(b -> b.end().toString()).collect(Collectors.joining(",")))
                .param("days", buckets.stream().map(b -> b.last().toString()).collect(Collectors.joining(",")))
                .query(rs -> {
                    byDay.put(
                            rs.getObject("last_day", LocalDate.class),
                            new long[] {rs.getLong("open_cases"), rs.getLong("with_investigation")});
                });
        List<Row> rows = new ArrayList<>();
        for (Bucket bucket : buckets) {
            long[] c = byDay.getOrDefault(bucket.last(), new long[2]);
            rows.add(new Row(Label.text(bucket.label()), sumThenParts(c[1], c[0] - c[1])));
        }
        return new IndicatorTable(
                Indicator.PARALLEL_INVESTIGATIONS,
                labels(
                        "followup.col.open-cases",
                        "followup.col.with-investigation",
                        "followup.col.without-investigation"),
                rows,
                null,
                false,
                new RowSum(List.of(1, 2), 0));
    }

    /**
     * Children of cases in the system during the period who were placed outside the home, those whose
     * case manager worked a home-coming plan, and placements that ended in the period.
     */
    IndicatorTable placements(UUID m, Period period) {
        return jdbc.sql("with " + SPELLS + """
                        , in_system as (
                            select distinct s.case_id from spell s
                             where s.state <> 'CLOSED' and s.from_at < :end and (s.to_at is null or s.to_at > :start)
                        ),
                        placed as (
                            select t.case_id,
                                   bool_or(h.id is not null) as home_coming_plan
                              from case_transition t
                              join in_system i on i.case_id = t.case_id
                              left join case_transition h on h.municipality_id = :m and h.case_id = t.case_id
                                   and h.kind = 'HOME_COMING' and h.occurs_on >= t.occurs_on
                                   and h.recorded_at < :end
                             where t.municipality_id = :m and t.kind = 'PLACEMENT' and t.occurs_on <= :to
                             group by t.case_id
                        )
                        select (select count(*) from placed) as placed,
                               (select count(*) from placed where home_coming_plan) as with_plan,
                               (select count(*) from case_transition
                                 where municipality_id = :m and kind = 'HOME_COMING'
                                   and occurs_on between :from and least(:to, :today)) as ended
                        """)
                .params(params(m, period))
                .param("today", LocalDate.now(clock.withZone(Period.ZONE)))
                .query((rs, n) -> new IndicatorTable(
                        Indicator.PLACEMENTS,
                        labels("followup.col.children"),
                        List.of(
                                new Row(Label.key("followup.row.placed"), List.of(new Count(rs.getLong("placed")))),
                                new Row(
                                        Label.key("followup.row.home-coming-plan"),
                                        List.of(new Count(rs.getLong("with_plan")))),
                                new Row(
                                        Label.key("followup.row.placements-ended"),
                                        List.of(new Count(rs.getLong("ended"))))),
                        null,
                        false,
                        null))
                .single();
    }

    /** Cases in the system at the end of the period per case manager and phase. */
    IndicatorTable caseload(UUID m, Period period) {
        Map<UUID, long[]> byManager = new LinkedHashMap<>();
        jdbc.sql("with " + SPELLS + """
                        select r.case_manager_staff_id as manager,
                               count(*) filter (where s.state = 'ACTIVE' and r.phase = 'EXPLORING') as exploring,
                               count(*) filter (where s.state = 'ACTIVE' and r.phase = 'CHANGE') as change,
                               count(*) filter (where s.state = 'ACTIVE' and r.phase = 'MAINTENANCE') as maintaining,
                               count(*) filter (where s.state = 'MAINTENANCE') as maintenance_contact
                          from spell s join relevant r on r.id = s.case_id
                         where s.state <> 'CLOSED' and s.from_at < :end and (s.to_at is null or s.to_at >= :end)
                         group by r.case_manager_staff_id
                        """).params(params(m, period)).query(rs -> {
            byManager.put(rs.getObject("manager", UUID.class), new long[] {
                rs.getLong("exploring"),
                rs.getLong("change"),
                rs.getLong("maintaining"),
                rs.getLong("maintenance_contact")
            });
        });
        Map<StaffId, String> names = staff.names(
                new MunicipalityId(m),
                byManager.keySet().stream().map(StaffId::new).toList());
        List<Row> rows = new ArrayList<>();
        long[] total = new long[4];
        byManager.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                        id -> names.getOrDefault(new StaffId(id), ""), String.CASE_INSENSITIVE_ORDER)))
                .forEach(e -> {
                    add(total, e.getValue());
                    rows.add(new Row(
                            Label.text(names.getOrDefault(new StaffId(e.getKey()), "?")), caseloadCells(e.getValue())));
                });
        return new IndicatorTable(
                Indicator.CASELOAD,
                labels(
                        "followup.col.exploring",
                        "followup.col.change",
                        "followup.col.maintaining",
                        "followup.col.maintenance-contact",
                        "followup.col.all"),
                rows,
                new Row(Label.key("followup.row.total"), caseloadCells(total)),
                true,
                new RowSum(List.of(0, 1, 2, 3), 4));
    }

    /**
     * Check-ins held in the period, and how many cases active at its end had one within the
     * municipality's cadence (intensive or not, as the case stands now) counted back from the last day.
     */
    IndicatorTable checkIns(UUID m, Period period) {
        CheckInCadence cadence = organisation.checkInCadence(new MunicipalityId(m));
        return jdbc.sql("with " + SPELLS + """
                        , active as (
                            select s.case_id, s.from_at, r.intensive from spell s join relevant r on r.id = s.case_id
                             where s.state = 'ACTIVE' and s.from_at < :end and (s.to_at is null or s.to_at >= :end)
                        ),
                        last_check_in as (
                            select a.case_id, a.intensive,
                                   greatest((a.from_at at time zone 'Europe/Stockholm')::date,
                                            (select max(c.held_on) from check_in c
                                              where c.municipality_id = :m and c.case_id = a.case_id and c.held_on <= :to)) as last_on
                              from active a
                        )
                        select (select count(*) from check_in where municipality_id = :m and held_on between :from and :to) as held,
                               (select count(*) from last_check_in) as active,
                               (select count(*) from last_check_in
                                 where last_on >= :to - case when intensive then :intensiveDays else :otherDays end) as on_cadence
                        """)
                .params(params(m, period))
                .param("intensiveDays", cadence.intensiveDays())
                .param("otherDays", cadence.otherDays())
                .query((rs, n) -> {
                    long active = rs.getLong("active");
                    long onCadence = rs.getLong("on_cadence");
                    return new IndicatorTable(
                            Indicator.CHECK_INS,
                            labels(
                                    "followup.col.check-ins-held",
                                    "followup.col.active-cases",
                                    "followup.col.on-cadence",
                                    "followup.col.on-cadence-share"),
                            List.of(new Row(
                                    Label.key("followup.row.check-ins"),
                                    List.of(
                                            new Count(rs.getLong("held")),
                                            new Count(active),
                                            new Count(onCadence),
                                            new Share(onCadence, active, 2, 1)))),
                            null,
                            false,
                            null);
                })
                .single();
    }

    /** Activations, re-engagements, closures (with maintenance or not) and ended maintenance per week or month. */
    IndicatorTable caseFlow(UUID m, Period period) {
        Map<LocalDate, long[]> byBucket = new LinkedHashMap<>();
        jdbc.sql("""
                        select date_trunc(:unit, occurred_at at time zone 'Europe/Stockholm')::date as bucket,
                               count(*) filter (where type = 'OPENED') as opened,
                               count(*) filter (where type = 'REENGAGED') as reengaged,
                               count(*) filter (where type = 'CLOSED') as closed,
                               count(*) filter (where type = 'CLOSED' and details->>'maintainUntil' is not null) as to_maintenance,
                               count(*) filter (where type = 'MAINTENANCE_ENDED') as maintenance_ended
                          from case_event
                         where municipality_id = :m and occurred_at >= :start and occurred_at < :end
                           and type in ('OPENED', 'REENGAGED', 'CLOSED', 'MAINTENANCE_ENDED')
                         group by 1
                        """).params(params(m, period)).query(rs -> {
            byBucket.put(rs.getObject("bucket", LocalDate.class), new long[] {
                rs.getLong("opened"),
                rs.getLong("reengaged"),
                rs.getLong("closed"),
                rs.getLong("to_maintenance"),
                rs.getLong("maintenance_ended")
            });
        });
        return overTime(
                Indicator.CASE_FLOW,
                period,
                byBucket,
                5,
                labels(
                        "followup.col.activations",
                        "followup.col.reengagements",
                        "followup.col.closures",
                        "followup.col.to-maintenance",
                        "followup.col.maintenance-ended"),
                c -> List.of(new Count(c[0]), new Count(c[1]), new Count(c[2]), new Count(c[3]), new Count(c[4])));
    }

    /**
     * Cases in the system at the end of the period resting on a consent (at least one consent given by
     * then and not wholly withdrawn by then) or on internal coordination (none).
     */
    IndicatorTable caseMode(UUID m, Period period) {
        return jdbc.sql("with " + SPELLS + """
                        , in_system as (
                            select distinct s.case_id from spell s
                             where s.state <> 'CLOSED' and s.from_at < :end and (s.to_at is null or s.to_at >= :end)
                        ),
                        with_consent as (
                            select i.case_id,
                                   exists (select 1 from consent c
                                            where c.municipality_id = :m and c.case_id = i.case_id and c.given_on <= :to
                                              and not exists (select 1 from consent_withdrawal w
                                                               where w.consent_id = c.id and w.withdrawn_at < :end
                                                                 and cardinality(w.recipient_ids) = 0
                                                                 and cardinality(w.categories) = 0)) as consent
                              from in_system i
                        )
                        select count(*) filter (where consent) as consent, count(*) filter (where not consent) as internal
                          from with_consent
                        """)
                .params(params(m, period))
                .query((rs, n) -> {
                    long consent = rs.getLong("consent");
                    long internal = rs.getLong("internal");
                    return new IndicatorTable(
                            Indicator.CASE_MODE,
                            labels("followup.col.cases"),
                            List.of(
                                    new Row(Label.key("followup.row.mode-consent"), List.of(new Count(consent))),
                                    new Row(Label.key("followup.row.mode-internal"), List.of(new Count(internal)))),
                            new Row(Label.key("followup.row.total"), List.of(new Count(consent + internal))),
                            true,
                            null);
                })
                .single();
    }

    /**
     * Disclosures recorded in the ledger with a date in the period, per legal basis and direction; an
     * entry later corrected is replaced by its correction.
     */
    IndicatorTable disclosures(UUID m, Period period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select legal_basis,
                               count(*) filter (where direction = 'OUT') as sent,
                               count(*) filter (where direction = 'IN') as received
                          from disclosure_entry d
                         where municipality_id = :m and occurred_at >= :start and occurred_at < :end
                           and not exists (select 1 from disclosure_entry c where c.corrects_entry_id = d.id)
                         group by legal_basis
                        """).params(params(m, period)).query(rs -> {
            counts.put(rs.getString("legal_basis"), new long[] {rs.getLong("sent"), rs.getLong("received")});
        });
        List<Row> rows = new ArrayList<>();
        long[] total = new long[2];
        for (String basis : LEGAL_BASES) {
            long[] c = counts.getOrDefault(basis, new long[2]);
            add(total, c);
            rows.add(new Row(Label.key("legal-basis." + basis), counts3(c[0], c[1])));
        }
        return new IndicatorTable(
                Indicator.DISCLOSURES,
                labels("followup.col.out", "followup.col.in", "followup.col.all"),
                rows,
                new Row(Label.key("followup.row.total"), counts3(total[0], total[1])),
                true,
                new RowSum(List.of(0, 1), 2));
    }

    private static IndicatorTable overTime(
            Indicator indicator,
            Period period,
            Map<LocalDate, long[]> byBucket,
            int width,
            List<Label> columns,
            java.util.function.Function<long[], List<Cell>> cells) {
        List<Row> rows = new ArrayList<>();
        long[] total = new long[width];
        for (Bucket bucket : period.buckets()) {
            long[] c = byBucket.getOrDefault(bucket.key(), new long[width]);
            add(total, c);
            rows.add(new Row(Label.text(bucket.label()), cells.apply(c)));
        }
        return new IndicatorTable(
                indicator, columns, rows, new Row(Label.key("followup.row.total"), cells.apply(total)), true, null);
    }

    private static Map<String, Object> params(UUID m, Period period) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", m);
        params.put("start", Timestamp.from(period.start()));
        params.put("end", Timestamp.from(period.end()));
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("unit", period.granularity() == Period.Granularity.WEEK ? "week" : "month");
        return params;
    }

    private static List<Label> labels(String... keys) {
        return java.util.Arrays.stream(keys).map(Label::key).toList();
    }

    private static List<Cell> counts3(long a, long b) {
        return List.of(new Count(a), new Count(b), new Count(a + b));
    }

    /** The sum first, then its two parts. */
    private static List<Cell> sumThenParts(long a, long b) {
        return List.of(new Count(a + b), new Count(a), new Count(b));
    }

    private static List<Cell> inflowCells(long concerns, long urgent) {
        return List.of(new Count(concerns), new Count(urgent), new Share(urgent, concerns, 1, 0));
    }

    private static List<Cell> decisionCells(long[] c) {
        long all = c[0] + c[1] + c[2];
        return List.of(new Count(c[0]), new Count(c[1]), new Count(c[2]), new Count(all), new Share(c[1], all, 1, 3));
    }

    private static List<Cell> caseloadCells(long[] c) {
        return List.of(
                new Count(c[0]),
                new Count(c[1]),
                new Count(c[2]),
                new Count(c[3]),
                new Count(c[0] + c[1] + c[2] + c[3]));
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
