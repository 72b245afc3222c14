-- Reminders of deadlines that are due soon or overdue, written by the reminder scan. One reminder per
-- deadline and state: the unique key makes the scan idempotent, however often and on however many
-- nodes it runs. A deadline renewed when the line returns has a new due time, so it is reminded anew.
create table reminder (
    id                uuid primary key,
    municipality_id   uuid not null references municipality (id),
    concern_id        uuid not null references concern (id),
    concern_reference text not null,
    kind              text not null check (kind in ('GATHERING', 'FEEDBACK', 'DECISION')),
    state             text not null check (state in ('DUE_SOON', 'OVERDUE')),
    due_at            timestamptz not null,
    addressed_to      text not null check (addressed_to in ('INDIVIDUAL_COORDINATOR', 'INTAKE_UNIT')),
    created_at        timestamptz not null,
    read_at           timestamptz,
    read_by_staff_id  uuid references staff (id),
    -- the deadline was met, the concern decided, or a later reminder of the same deadline took over
    settled_at        timestamptz,
    unique (concern_id, kind, due_at, state),
    check ((read_at is null) = (read_by_staff_id is null))
);
create index reminder_active on reminder (municipality_id, addressed_to, created_at desc) where settled_at is null;
