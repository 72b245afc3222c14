-- Concerns: from a reporter's worry to the individual coordinator's decision.

alter table municipality add column decision_days integer not null default 7 check (decision_days between 1 and 60);

create table concern (
    id                       uuid primary key,
    municipality_id          uuid not null references municipality (id),
    reference                text not null,
    received_at              timestamptz not null,
    route                    text not null check (route in ('INDIVIDUAL_COORDINATOR', 'INTAKE_UNIT')),
    reporter_staff_id        uuid references staff (id),
    reporter_organisation_id uuid references reporting_organisation (id),
    reporter_organisation    text not null,
    reporter_function        text,
    reporter_name            text,
    reporter_contact         text not null,
    subject_name             text,
    subject_personal_number  text,
    subject_birth_year       integer,
    subject_school           text,
    person_id                uuid,
    worry                    text not null,
    problem_areas            text[] not null,
    urgent                   boolean not null,
    mandatory_report         text not null check (mandatory_report in ('FILED', 'WILL_BE_FILED', 'NOT_APPLICABLE')),
    mandatory_report_reason  text,
    status                   text not null,
    complexity               text check (complexity in ('LOW', 'MEDIUM', 'HIGH')),
    gathering_started_at     timestamptz not null,
    gathering_due_at         timestamptz not null,
    gathering_met_at         timestamptz,
    feedback_started_at      timestamptz not null,
    feedback_due_at          timestamptz not null,
    feedback_met_at          timestamptz,
    decision_started_at      timestamptz not null,
    decision_due_at          timestamptz not null,
    decision_met_at          timestamptz,
    case_manager_staff_id    uuid references staff (id),
    version                  bigint not null default 0,
    unique (municipality_id, reference)
);
-- The inbox: open concerns of a municipality, urgent first, then by the nearest deadline.
create index concern_inbox on concern (municipality_id, urgent desc, decision_due_at)
    where status in ('RECEIVED', 'TRIAGED', 'GATHERING', 'ASSESSED');
create index concern_person on concern (municipality_id, person_id) where person_id is not null;
create index concern_reporter on concern (municipality_id, reporter_staff_id, received_at desc);

create table concern_event (
    id              bigint generated always as identity primary key,
    concern_id      uuid not null references concern (id),
    municipality_id uuid not null references municipality (id),
    occurred_at     timestamptz not null,
    staff_id        uuid,
    acting_function text,
    type            text not null,
    reason          text,
    details         jsonb not null default '{}'
);
create index concern_event_concern on concern_event (concern_id, id);

create table concern_counter (
    municipality_id uuid not null references municipality (id),
    year            integer not null,
    last_number     integer not null,
    primary key (municipality_id, year)
);
