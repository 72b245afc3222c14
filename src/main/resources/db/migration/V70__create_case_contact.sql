-- The case manager's contacts with the child, the family and the network: how often and how, which
-- is the intensity of the case over time. Written once; a mistake is corrected by a new entry.

create table case_contact (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    case_id          uuid not null references collab_case (id),
    occurred_at      timestamptz not null,
    kind             text not null check (kind in ('PHONE', 'TEXT_MESSAGE', 'PHYSICAL_MEETING', 'SPONTANEOUS_MEETING',
                                                   'HOME_VISIT', 'ACCOMPANYING_TO_ACTIVITY', 'DIGITAL')),
    with_whom        text[] not null check (cardinality(with_whom) > 0
                                            and with_whom <@ array['CHILD', 'GUARDIAN', 'NETWORK', 'PROFESSIONAL']),
    with_whom_detail text,
    person_id        uuid,
    note             text not null,
    recorded_by      uuid not null references staff (id),
    acting_function  text not null,
    recorded_at      timestamptz not null,
    foreign key (municipality_id, person_id) references person (municipality_id, id)
);
create index case_contact_case on case_contact (municipality_id, case_id, occurred_at desc);
