-- Reserve identities (R-2026-000123) are numbered per municipality and year. The counter row is
-- locked by the registering transaction, so numbers are never handed out twice.

create table reserve_identity_counter (
    municipality_id  uuid not null references municipality (id),
    year             integer not null check (year between 2000 and 9999),
    last_number      integer not null check (last_number between 0 and 999999),
    primary key (municipality_id, year)
);
