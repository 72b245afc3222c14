-- Deviations (avvikelser) in the unit's way of working, and the improvement work on each: raised by the
-- unit (often from an after action review), analysed, given improvement actions with an owner and a due
-- date, and followed up. The texts are about the process, never about a person.

create table deviation_counter (
    municipality_id uuid not null references municipality (id),
    year            integer not null,
    last_number     integer not null,
    primary key (municipality_id, year)
);

create table deviation (
    id                   uuid primary key,
    municipality_id      uuid not null references municipality (id),
    reference            text not null,
    raised_at            timestamptz not null,
    raised_by            uuid not null references staff (id),
    raised_function      text not null,
    source               text not null check (source in ('AFTER_ACTION_REVIEW', 'OTHER')),
    review_id            uuid references after_action_review (id),
    case_id              uuid references collab_case (id),
    what_happened        text not null,
    affected             text not null check (affected in ('INTAKE', 'DECISION', 'DEADLINE', 'CONSENT', 'PLAN',
                                                           'TRANSITION', 'INFORMATION_SHARING', 'COLLABORATION',
                                                           'OTHER')),
    status               text not null check (status in ('RAISED', 'ANALYSED', 'ACTIONS_PLANNED', 'FOLLOWED_UP')),
    causes               text,
    analysed_by          uuid references staff (id),
    analysed_function    text,
    analysed_at          timestamptz,
    follow_up            text,
    effective            boolean,
    followed_up_by       uuid references staff (id),
    followed_up_function text,
    followed_up_at       timestamptz,
    version              bigint not null default 0,
    unique (municipality_id, reference),
    check ((source = 'AFTER_ACTION_REVIEW') = (review_id is not null and case_id is not null)),
    check (source = 'AFTER_ACTION_REVIEW' or (review_id is null and case_id is null))
);
create index deviation_register on deviation (municipality_id, raised_at desc);

create table deviation_action (
    id               uuid primary key,
    deviation_id     uuid not null references deviation (id),
    municipality_id  uuid not null references municipality (id),
    position         integer not null,
    what             text not null,
    owner_staff_id   uuid not null references staff (id),
    owner_function   text not null,
    due_on           date not null,
    planned_by       uuid not null references staff (id),
    planned_function text not null,
    planned_at       timestamptz not null,
    done_on          date,
    done_note        text,
    done_by          uuid references staff (id),
    done_function    text,
    done_at          timestamptz,
    unique (deviation_id, position)
);
create index deviation_action_deviation on deviation_action (municipality_id, deviation_id, position);

-- What happened to a deviation, in order: its history.
create table deviation_event (
    id              bigint generated always as identity primary key,
    deviation_id    uuid not null references deviation (id),
    municipality_id uuid not null references municipality (id),
    type            text not null check (type in ('RAISED', 'ANALYSED', 'ACTION_PLANNED', 'ACTION_COMPLETED',
                                                  'FOLLOWED_UP')),
    at              timestamptz not null,
    staff_id        uuid not null references staff (id),
    acting_function text not null,
    detail          text
);
create index deviation_event_deviation on deviation_event (municipality_id, deviation_id, id);
