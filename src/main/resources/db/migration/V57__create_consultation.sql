-- Advice the coordinator gives about a situation without anyone being identified: no names, no
-- personal identity numbers, only the kind of organisation and the function that asked.
create table consultation (
    id                   uuid primary key,
    municipality_id      uuid not null references municipality (id),
    held_on              date not null,
    asker_kind           text not null check (asker_kind in ('SCHOOL', 'INDEPENDENT_SCHOOL', 'PRESCHOOL', 'POLICE',
                                                             'LEISURE', 'HEALTH_CARE', 'SOCIAL_SERVICES',
                                                             'CIVIL_SOCIETY', 'OTHER')),
    asker_function       text not null,
    problem_areas        text[] not null check (cardinality(problem_areas) > 0),
    situation            text not null,
    advice               text not null,
    may_lead_to_concern  boolean not null,
    recorded_at          timestamptz not null,
    recorded_by_staff_id uuid not null references staff (id),
    recorded_in_function text not null,
    version              bigint not null default 0
);
create index consultation_recent on consultation (municipality_id, held_on desc, recorded_at desc);
