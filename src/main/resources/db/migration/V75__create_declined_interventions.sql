-- The case manager's note that the family declines every intervention except the case manager, from a
-- date until withdrawn: a risk signal for the coordinator. Kept with its history.

create table declined_interventions (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    case_id         uuid not null references collab_case (id),
    declared_on     date not null,
    note            text,
    declared_by     uuid not null references staff (id),
    declared_at     timestamptz not null,
    withdrawn_on    date,
    withdrawn_by    uuid references staff (id),
    withdrawn_at    timestamptz
);
create unique index declined_interventions_current on declined_interventions (case_id) where withdrawn_on is null;
create index declined_interventions_municipality on declined_interventions (municipality_id) where withdrawn_on is null;
