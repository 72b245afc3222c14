-- How an adult or another child stands to a child: guardian, sibling, grandparent... One person can
-- be related to several children (siblings share their guardians). Both ends lie in the same
-- municipality, which the composite foreign keys make impossible to get wrong.

create table person_relation (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    child_id         uuid not null,
    person_id        uuid not null,
    relation         text not null check (relation in ('GUARDIAN', 'PARENT_NOT_GUARDIAN', 'SIBLING', 'GRANDPARENT',
                                                       'OTHER_RELATIVE', 'FAMILY_HOME', 'OTHER')),
    created_at       timestamptz not null,
    created_by       uuid not null references staff (id),
    foreign key (municipality_id, child_id) references person (municipality_id, id),
    foreign key (municipality_id, person_id) references person (municipality_id, id),
    unique (child_id, person_id),
    check (child_id <> person_id)
);
create index person_relation_person on person_relation (person_id);
