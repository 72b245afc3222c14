-- Retention (gallring): the municipality's rules per kind of record, the records it keeps whatever the
-- rules say (a legal hold), the runs of the thinning job with what each removed (counts, never
-- content), and which records have been thinned. See docs/decisions/0100-retention.md.

-- A rule a municipality has set. A kind of record without a row follows the documented default.
create table retention_rule (
    municipality_id         uuid not null references municipality (id),
    record_type             text not null check (record_type in ('CLOSED_CASE', 'DECIDED_CONCERN', 'UNIDENTIFIED_CONCERN',
                                                                 'CONSULTATION', 'SETTLED_REMINDER')),
    enabled                 boolean not null,
    years_after_last_entry  integer not null check (years_after_last_entry between 1 and 100),
    -- not before the child has turned this age (null: no such floor)
    keep_until_age          integer check (keep_until_age between 18 and 110),
    -- keep the files of children born on the 5th, 15th and 25th (the research sample)
    keep_research_sample    boolean not null,
    updated_at              timestamptz not null,
    updated_by              uuid not null references staff (id),
    version                 bigint not null,
    primary key (municipality_id, record_type)
);

-- A case or concern kept whatever the rules say, for example during an ongoing legal matter, until the
-- hold is released. The reason is about the matter, never about a person.
create table retention_hold (
    id                 uuid primary key,
    municipality_id    uuid not null references municipality (id),
    record_type        text not null check (record_type in ('CASE', 'CONCERN')),
    record_id          uuid not null,
    reference          text not null,
    reason             text not null check (length(trim(reason)) between 1 and 2000),
    placed_at          timestamptz not null,
    placed_by          uuid not null references staff (id),
    placed_function    text not null,
    released_at        timestamptz,
    released_by        uuid references staff (id),
    released_function  text,
    version            bigint not null default 0,
    check ((released_at is null) = (released_by is null))
);
create unique index retention_hold_active on retention_hold (municipality_id, record_type, record_id)
    where released_at is null;
create index retention_hold_municipality on retention_hold (municipality_id, placed_at desc);

-- One run of the thinning job in one municipality. triggered_by is null for the scheduled job.
create table retention_run (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    as_of            timestamptz not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    outcome          text check (outcome in ('COMPLETED', 'FAILED')),
    triggered_by     uuid references staff (id)
);
create index retention_run_latest on retention_run (municipality_id, started_at desc);

-- What a run did per kind of record: how many were due, thinned, kept and why, and failed. Counts only.
create table retention_run_count (
    run_id           uuid not null references retention_run (id),
    municipality_id  uuid not null references municipality (id),
    record_type      text not null,
    enabled          boolean not null,
    due              integer not null,
    thinned          integer not null,
    kept_hold        integer not null,
    kept_placement   integer not null,
    kept_research    integer not null,
    kept_age         integer not null,
    failed           integer not null,
    primary key (run_id, record_type)
);

-- The records whose personal data has been thinned; a thinned record is never thinned again.
create table thinned_record (
    municipality_id  uuid not null references municipality (id),
    record_type      text not null check (record_type in ('case', 'concern', 'person', 'consultation')),
    record_id        uuid not null,
    run_id           uuid not null references retention_run (id),
    thinned_at       timestamptz not null,
    primary key (record_type, record_id)
);
create index thinned_record_run on thinned_record (run_id);
