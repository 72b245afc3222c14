-- The situation picture computed ahead, every night, for the periods people open most (decision 0130): a page
-- then reads one row instead of scanning every case, event and concern of the municipality. The tables hold
-- counts and, for the caseload, staff names: never a child. The steering group's suppression is applied when
-- a picture is read, so one row serves both views.
create table situation_snapshot (
    municipality_id uuid        not null references municipality (id),
    period_from     date        not null,
    period_to       date        not null,
    computed_at     timestamptz not null,
    -- how long the computation took, for the operator (docs/performance.md)
    computed_in_ms  integer     not null,
    tables          jsonb       not null,
    primary key (municipality_id, period_from, period_to)
);

select traden_isolate('situation_snapshot');
