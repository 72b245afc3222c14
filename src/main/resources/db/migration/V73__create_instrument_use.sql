-- An assessment instrument used as one input among several: who chose it, why, how the result was read
-- and what complemented it. An optional later measurement on the same instrument makes a before/after
-- pair. Nothing is ever computed from a result.

create table instrument_use (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    case_id         uuid not null references collab_case (id),
    instrument      text not null check (instrument in ('CHECK_IRK', 'ESTER', 'SAVRY', 'BBIC', 'SDQ', 'OTHER')),
    other_name      text,
    used_on         date not null,
    chosen_by       text not null,
    why             text not null,
    reading         text not null,
    complemented_by text not null,
    result          text,
    after_on        date,
    after_result    text,
    after_reading   text,
    recorded_by     uuid not null references staff (id),
    acting_function text not null,
    recorded_at     timestamptz not null,
    version         bigint not null default 0,
    check (instrument <> 'OTHER' or other_name is not null),
    check ((after_on is null) = (after_result is null))
);
create index instrument_use_case on instrument_use (municipality_id, case_id, used_on desc);
