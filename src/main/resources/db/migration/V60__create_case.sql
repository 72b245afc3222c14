-- A case of structured individual collaboration: opened when the individual coordinator activates a
-- concern, held by a case manager, through phases, to closure and back again.

create table collab_case (
    id                     uuid primary key,
    municipality_id        uuid not null references municipality (id),
    reference              text not null,
    person_id              uuid not null,
    origin_concern_id      uuid not null references concern (id),
    case_manager_staff_id  uuid not null references staff (id),
    opened_at              timestamptz not null,
    status                 text not null check (status in ('ACTIVE', 'MAINTENANCE', 'CLOSED')),
    phase                  text not null check (phase in ('EXPLORING', 'CHANGE', 'MAINTENANCE')),
    intensive              boolean not null default true,
    maintenance_until      date,
    closed_at              timestamptz,
    escalated_to_group_manager boolean not null default false,
    version                bigint not null default 0,
    unique (municipality_id, reference),
    foreign key (municipality_id, person_id) references person (municipality_id, id)
);
create index collab_case_manager on collab_case (municipality_id, case_manager_staff_id, status);
create index collab_case_person on collab_case (municipality_id, person_id);
create index collab_case_open on collab_case (municipality_id, status) where status <> 'CLOSED';

create table case_event (
    id              bigint generated always as identity primary key,
    case_id         uuid not null references collab_case (id),
    municipality_id uuid not null references municipality (id),
    occurred_at     timestamptz not null,
    staff_id        uuid,
    acting_function text,
    type            text not null,
    reason          text,
    details         jsonb not null default '{}'
);
create index case_event_case on case_event (case_id, id);

create table case_counter (
    municipality_id uuid not null references municipality (id),
    year            integer not null,
    last_number     integer not null,
    primary key (municipality_id, year)
);
