-- The social-services investigation that runs in parallel with a case: its status, the case officer,
-- its dates and decisions, and the structured feedback the case manager gives the case officer.

create table investigation (
    id                    uuid primary key,
    municipality_id       uuid not null references municipality (id),
    case_id               uuid not null references collab_case (id),
    diary_number          text,
    status                text not null check (status in ('OPENED', 'ONGOING', 'DECIDED',
                                                          'CLOSED_WITHOUT_INTERVENTION', 'CLOSED_WITH_INTERVENTION')),
    case_officer_staff_id uuid not null references staff (id),
    opened_on             date not null,
    status_on             date not null,
    closed_on             date,
    linked_by             uuid not null references staff (id),
    linked_at             timestamptz not null,
    version               bigint not null default 0
);
create index investigation_case on investigation (municipality_id, case_id);
create index investigation_officer on investigation (municipality_id, case_officer_staff_id);

create table investigation_event (
    id               bigint generated always as identity primary key,
    investigation_id uuid not null references investigation (id),
    municipality_id  uuid not null references municipality (id),
    occurred_at      timestamptz not null,
    staff_id         uuid not null references staff (id),
    type             text not null,
    on_date          date,
    text             text
);
create index investigation_event_investigation on investigation_event (investigation_id, id);

create table investigation_decision (
    id               uuid primary key,
    investigation_id uuid not null references investigation (id),
    municipality_id  uuid not null references municipality (id),
    decided_on       date not null,
    decision         text not null,
    recorded_by      uuid not null references staff (id),
    recorded_at      timestamptz not null
);
create index investigation_decision_investigation on investigation_decision (investigation_id, decided_on);

create table case_officer_feedback (
    id               uuid primary key,
    investigation_id uuid not null references investigation (id),
    municipality_id  uuid not null references municipality (id),
    given_on         date not null,
    observations     text not null,
    needs            text,
    suggestions      text,
    given_by         uuid not null references staff (id),
    recorded_at      timestamptz not null
);
create index case_officer_feedback_investigation on case_officer_feedback (investigation_id, given_on);
