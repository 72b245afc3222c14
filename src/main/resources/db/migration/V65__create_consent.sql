-- Consents to share information about a child of a case (OSL 12 kap. 2 §): who gave it, which
-- information, to which recipient organisations, for what purpose, when and how. Never a blanket
-- waiver: at least one category and one recipient. A withdrawal is a row of its own, whole or for
-- some recipients and categories, effective from its moment; nothing is ever deleted.

create table consent (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    case_id          uuid not null references collab_case (id),
    -- the person the information is about: the child of the case
    person_id        uuid not null,
    categories       text[] not null check (cardinality(categories) > 0),
    purpose          text not null check (length(trim(purpose)) between 1 and 2000),
    given_on         date not null,
    form             text not null check (form in ('WRITTEN', 'ORAL')),
    -- for an oral consent: who heard it and wrote it down
    noted_by         text check (length(noted_by) <= 200),
    recorded_at      timestamptz not null,
    recorded_by      uuid not null references staff (id),
    version          bigint not null default 0,
    foreign key (municipality_id, person_id) references person (municipality_id, id),
    check (form <> 'ORAL' or length(trim(coalesce(noted_by, ''))) > 0)
);
create index consent_case on consent (municipality_id, case_id, given_on);

create table consent_giver (
    consent_id  uuid not null references consent (id),
    person_id   uuid not null,
    role        text not null check (role in ('CHILD', 'GUARDIAN')),
    primary key (consent_id, person_id)
);

create table consent_recipient (
    id            uuid primary key,
    consent_id    uuid not null references consent (id),
    position      integer not null,
    organisation  text not null check (length(trim(organisation)) between 1 and 200),
    kind          text not null,
    unique (consent_id, position)
);

create table consent_withdrawal (
    id               uuid primary key,
    consent_id       uuid not null references consent (id),
    municipality_id  uuid not null references municipality (id),
    withdrawn_at     timestamptz not null,
    communicated_by  text not null check (length(trim(communicated_by)) between 1 and 200),
    -- empty: every recipient (and every category) of the consent
    recipient_ids    uuid[] not null default '{}',
    categories       text[] not null default '{}',
    note             text check (length(note) <= 2000),
    recorded_at      timestamptz not null,
    recorded_by      uuid not null references staff (id)
);
create index consent_withdrawal_consent on consent_withdrawal (consent_id, withdrawn_at);

create function consent_withdrawal_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'consent_withdrawal is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger consent_withdrawal_no_update_or_delete
    before update or delete on consent_withdrawal
    for each row execute function consent_withdrawal_refuse_change();
