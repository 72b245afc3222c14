-- The collaboration group around a child: the actors with their task and mandate, its meetings, and
-- who does what next after each meeting.

create table group_actor (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    case_id         uuid not null references collab_case (id),
    organisation    text not null,
    function_name   text not null,
    person_name     text,
    task            text not null,
    mandate         text not null,
    joined_on       date not null,
    left_on         date,
    left_reason     text,
    recorded_by     uuid not null references staff (id),
    recorded_at     timestamptz not null,
    version         bigint not null default 0
);
create index group_actor_case on group_actor (municipality_id, case_id);

create table group_meeting (
    id                    uuid primary key,
    municipality_id       uuid not null references municipality (id),
    case_id               uuid not null references collab_case (id),
    held_at               timestamptz not null,
    agenda                text not null,
    attendees             text not null,
    child_attends         boolean not null,
    family_attends        boolean not null,
    family_chose_attendees boolean not null,
    attendance_note       text,
    child_preparation     text not null,
    outcomes              text,
    outcome_recorded_at   timestamptz,
    outcome_recorded_by   uuid references staff (id),
    recorded_by           uuid not null references staff (id),
    recorded_at           timestamptz not null,
    version               bigint not null default 0
);
create index group_meeting_case on group_meeting (municipality_id, case_id, held_at desc);

create table meeting_action (
    id              bigint generated always as identity primary key,
    meeting_id      uuid not null references group_meeting (id),
    municipality_id uuid not null references municipality (id),
    position        integer not null,
    what            text not null,
    owner           text not null,
    due_on          date not null,
    unique (meeting_id, position)
);
