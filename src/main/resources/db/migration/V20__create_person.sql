-- The children the collaboration is about and the adults around them. One row per person and
-- municipality: the same person known in two municipalities is two unrelated rows, because each
-- municipality is its own secrecy boundary.

create table person (
    id                   uuid primary key,
    municipality_id      uuid not null references municipality (id),
    kind                 text not null check (kind in ('CHILD', 'GUARDIAN', 'NETWORK')),
    given_names          text not null check (length(trim(given_names)) between 1 and 200),
    family_name          text not null check (length(trim(family_name)) between 1 and 200),
    -- how the person is identified now; a reserve identity stays on the row after a number arrives
    identity_kind        text not null check (identity_kind in ('PERSONAL_NUMBER', 'COORDINATION_NUMBER',
                                                                 'RESERVE', 'NONE')),
    -- twelve digits YYYYMMDDNNNN, validated by the application before it gets here
    personal_number      text check (personal_number ~ '^[0-9]{12}$'),
    reserve_id           text check (reserve_id ~ '^R-[0-9]{4}-[0-9]{6}$'),
    reserve_reason       text check (length(reserve_reason) <= 2000),
    date_of_birth        date,
    protected_identity   boolean not null default false,
    phone                text check (length(phone) <= 40),
    email                text check (length(email) <= 200),
    address              text check (length(address) <= 500),
    created_at           timestamptz not null,
    created_by           uuid not null references staff (id),
    updated_at           timestamptz not null,
    updated_by           uuid not null references staff (id),
    version              bigint not null default 0,
    unique (municipality_id, id),
    check ((identity_kind in ('PERSONAL_NUMBER', 'COORDINATION_NUMBER')) = (personal_number is not null)),
    check (identity_kind <> 'RESERVE'
           or (reserve_id is not null and length(trim(coalesce(reserve_reason, ''))) > 0 and date_of_birth is not null)),
    check (kind <> 'CHILD' or identity_kind <> 'NONE')
);

-- A personal number is registered once per municipality (and may be registered in another).
create unique index person_personal_number on person (municipality_id, personal_number)
    where personal_number is not null;
create unique index person_reserve_id on person (municipality_id, reserve_id) where reserve_id is not null;
create index person_family_name on person (municipality_id, lower(family_name));
