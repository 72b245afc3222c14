-- Check-ins between the individual coordinator and the case manager about one case, on a cadence by
-- phase. Written once.

create table check_in (
    id                  uuid primary key,
    municipality_id     uuid not null references municipality (id),
    case_id             uuid not null references collab_case (id),
    held_on             date not null,
    risk_and_needs      text not null,
    new_actors          text,
    family_resources    text,
    workload_manageable boolean not null,
    workload_note       text,
    obstacles           text,
    recorded_by         uuid not null references staff (id),
    acting_function     text not null,
    recorded_at         timestamptz not null
);
create index check_in_case on check_in (municipality_id, case_id, held_on desc);
