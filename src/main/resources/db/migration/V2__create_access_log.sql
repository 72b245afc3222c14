-- Every read and write of personal data, allowed or denied. Append-only: the database refuses
-- updates, deletes and truncation. Tamper-evident: each entry's hash covers its content and the hash
-- of the entry before it in the same municipality's chain.

create table access_log (
    id              bigint generated always as identity primary key,
    municipality_id uuid not null references municipality (id),
    seq             bigint not null,
    occurred_at     timestamptz not null,
    staff_id        uuid,
    username        text not null,
    acting_function text,
    action          text not null,
    record_type     text not null,
    record_id       text,
    person_id       uuid,
    outcome         text not null check (outcome in ('ALLOWED', 'DENIED')),
    reason          text,
    prev_hash       text not null,
    hash            text not null,
    unique (municipality_id, seq)
);
create index access_log_person on access_log (municipality_id, person_id, occurred_at) where person_id is not null;
create index access_log_staff on access_log (municipality_id, staff_id, occurred_at);
create index access_log_record on access_log (municipality_id, record_type, record_id);
create index access_log_time on access_log (municipality_id, occurred_at);

-- The head of each municipality's chain; its row lock orders concurrent writers.
create table access_log_head (
    municipality_id uuid primary key references municipality (id),
    seq             bigint not null,
    hash            text not null
);

create function access_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_log_no_update_or_delete
    before update or delete on access_log
    for each row execute function access_log_refuse_change();

create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function access_log_refuse_change();
