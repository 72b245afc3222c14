-- A disagreement lifted step by step: the case manager with the counterpart, the individual coordinator,
-- the group manager, higher management. Each step keeps who raised it, the question and the outcome.

create table escalation (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    case_id         uuid not null references collab_case (id),
    counterpart     text not null,
    subject         text not null,
    status          text not null check (status in ('OPEN', 'SETTLED', 'CONCLUDED')),
    opened_at       timestamptz not null,
    version         bigint not null default 0
);
create index escalation_case on escalation (municipality_id, case_id, opened_at desc);

create table escalation_step (
    id               bigint generated always as identity primary key,
    escalation_id    uuid not null references escalation (id),
    municipality_id  uuid not null references municipality (id),
    position         integer not null,
    level            text not null check (level in ('COUNTERPART', 'INDIVIDUAL_COORDINATOR', 'GROUP_MANAGER',
                                                    'HIGHER_MANAGEMENT')),
    question         text not null,
    raised_by        uuid not null references staff (id),
    raised_function  text not null,
    raised_at        timestamptz not null,
    outcome          text,
    settled          boolean,
    outcome_by       uuid references staff (id),
    outcome_function text,
    outcome_at       timestamptz,
    unique (escalation_id, position)
);
