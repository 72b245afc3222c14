-- Early information gathering: the questions put to actors about a concern, and their answers. The
-- question and the answer are each also a disclosure in the ledger (disclosure_entry), which keeps their
-- legal basis, balancing and information categories; this table keeps what was asked and what came in.

create table concern_inquiry (
    id                           uuid primary key,
    municipality_id              uuid not null references municipality (id),
    concern_id                   uuid not null references concern (id),
    actor_organisation           text not null,
    actor_kind                   text not null check (actor_kind in ('SOCIAL_SERVICES', 'SCHOOL', 'INDEPENDENT_SCHOOL',
                                                                    'POLICE', 'HEALTH_CARE', 'LEISURE',
                                                                    'OTHER_AUTHORITY', 'PRIVATE')),
    actor_function               text,
    question                     text not null,
    asked_at                     timestamptz not null,
    asked_by_staff_id            uuid not null references staff (id),
    asked_in_function            text not null,
    question_disclosure_id       uuid not null references disclosure_entry (id),
    answered_at                  timestamptz,
    answer                       text,
    answer_disclosure_id         uuid references disclosure_entry (id),
    answer_recorded_by_staff_id  uuid references staff (id),
    answer_recorded_in_function  text,
    version                      bigint not null default 0,
    check ((answered_at is null) = (answer_disclosure_id is null)),
    check ((answered_at is null) = (answer is null))
);
create index concern_inquiry_concern on concern_inquiry (municipality_id, concern_id, asked_at);
