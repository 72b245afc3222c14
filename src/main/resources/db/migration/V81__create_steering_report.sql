-- The steering report: the aggregated situation picture of a period with the coordinator's and the
-- group manager's commentary, taken to the steering group and further up.
create table steering_report (
    id                        uuid primary key,
    municipality_id           uuid not null references municipality (id),
    title                     text not null check (length(trim(title)) between 1 and 200),
    period_from               date not null,
    period_to                 date not null,
    coordinator_commentary    text check (length(coordinator_commentary) <= 8000),
    coordinator_staff_id      uuid references staff (id),
    coordinator_at            timestamptz,
    group_manager_commentary  text check (length(group_manager_commentary) <= 8000),
    group_manager_staff_id    uuid references staff (id),
    group_manager_at          timestamptz,
    created_at                timestamptz not null,
    created_by                uuid not null references staff (id),
    version                   bigint not null default 0,
    check (period_from <= period_to)
);
create index steering_report_municipality on steering_report (municipality_id, period_to desc);
