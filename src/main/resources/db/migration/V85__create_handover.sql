-- Handovers: all of a staff member's open work passed to a successor in one operation, and what it moved.
create table handover (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    from_staff_id   uuid not null references staff (id),
    to_staff_id     uuid not null references staff (id),
    reason          text not null check (length(trim(reason)) between 1 and 2000),
    on_day          date not null,
    ended_functions boolean not null,
    cases_moved     integer not null,
    functions_moved text[] not null,
    done_at         timestamptz not null,
    done_by         uuid not null references staff (id),
    check (from_staff_id <> to_staff_id)
);
create index handover_municipality on handover (municipality_id, done_at desc);
