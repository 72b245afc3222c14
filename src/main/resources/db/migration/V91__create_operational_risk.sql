-- Risks to the operation (SOSFS 2011:9, 5 kap. 1 §): what could go wrong in the process, how likely and
-- how serious, and what is done about it. A risk points at a step of the process; never at a person or
-- a case.

create table operational_risk (
    id                  uuid primary key,
    municipality_id     uuid not null references municipality (id),
    title               text not null,
    description         text not null,
    process_step        text not null check (process_step in ('INTAKE', 'DECISION', 'DEADLINE', 'CONSENT', 'PLAN',
                                                              'TRANSITION', 'INFORMATION_SHARING',
                                                              'COLLABORATION', 'OTHER')),
    likelihood          integer not null check (likelihood between 1 and 4),
    consequence         integer not null check (consequence between 1 and 4),
    risk_value          integer generated always as (likelihood * consequence) stored,
    measures            text,
    owner_function      text not null,
    review_on           date not null,
    status              text not null check (status in ('OPEN', 'MITIGATED', 'CLOSED')),
    identified_by       uuid not null references staff (id),
    identified_function text not null,
    identified_at       timestamptz not null,
    updated_by          uuid references staff (id),
    updated_function    text,
    updated_at          timestamptz,
    version             bigint not null default 0
);
create index operational_risk_register on operational_risk (municipality_id, status, risk_value desc);
