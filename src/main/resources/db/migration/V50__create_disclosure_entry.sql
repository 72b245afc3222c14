-- The disclosure ledger: every piece of information about a person that the social services give out
-- or take in, with its parties, categories, legal basis, balancing, decider and time. Append-only: a
-- mistake is corrected by a new entry that names the entry it corrects, never by changing history.

create table disclosure_entry (
    id                       uuid primary key,
    municipality_id          uuid not null references municipality (id),
    occurred_at              timestamptz not null,
    recorded_at              timestamptz not null,
    direction                text not null check (direction in ('IN', 'OUT')),
    -- null only when nothing identifies the person (a de-identified question or answer)
    person_id                uuid,
    context_type             text check (context_type in ('CONCERN', 'CASE')),
    context_id               uuid,
    context_reference        text,
    from_organisation        text not null,
    from_kind                text not null,
    from_function            text,
    to_organisation          text not null,
    to_kind                  text not null,
    to_function              text,
    categories               text[] not null,
    legal_basis              text not null check (legal_basis in ('CONSENT', 'OSL_10_2', 'OSL_10_15A', 'OSL_10_18A',
                                                                  'OSL_10_27', 'LAW_2025_170', 'DE_IDENTIFIED')),
    balancing                text,
    requested_by_recipient   boolean not null,
    crime_prevention_purpose boolean not null,
    consent_id               uuid,
    -- the age the 18 a § rule was assessed against, when known
    subject_age              integer check (subject_age between 0 and 150),
    decided_by_staff_id      uuid not null references staff (id),
    decided_in_function      text not null,
    summary                  text not null,
    corrects_entry_id        uuid references disclosure_entry (id),
    correction_reason        text,
    check (from_kind in ('SOCIAL_SERVICES', 'SCHOOL', 'INDEPENDENT_SCHOOL', 'POLICE', 'HEALTH_CARE', 'LEISURE',
                         'OTHER_AUTHORITY', 'PRIVATE')),
    check (to_kind in ('SOCIAL_SERVICES', 'SCHOOL', 'INDEPENDENT_SCHOOL', 'POLICE', 'HEALTH_CARE', 'LEISURE',
                       'OTHER_AUTHORITY', 'PRIVATE')),
    check (cardinality(categories) > 0
           and categories <@ array['IDENTITY', 'SCHOOL', 'HEALTH', 'CRIME_AND_POLICE', 'SOCIAL_SERVICES', 'FAMILY',
                                   'LEISURE', 'OTHER']::text[]),
    check (person_id is not null or legal_basis = 'DE_IDENTIFIED'),
    check ((context_type is null) = (context_id is null)),
    check (corrects_entry_id is null or length(trim(coalesce(correction_reason, ''))) > 0)
);
create index disclosure_entry_time on disclosure_entry (municipality_id, occurred_at desc);
create index disclosure_entry_person on disclosure_entry (municipality_id, person_id, occurred_at desc)
    where person_id is not null;
create index disclosure_entry_context on disclosure_entry (municipality_id, context_type, context_id)
    where context_id is not null;
create index disclosure_entry_basis on disclosure_entry (municipality_id, legal_basis, occurred_at desc);
create index disclosure_entry_corrects on disclosure_entry (corrects_entry_id) where corrects_entry_id is not null;

create function disclosure_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'disclosure_entry is append-only: % refused; record a correcting entry instead', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger disclosure_entry_no_update_or_delete
    before update or delete on disclosure_entry
    for each row execute function disclosure_entry_refuse_change();

create trigger disclosure_entry_no_truncate
    before truncate on disclosure_entry
    for each statement execute function disclosure_entry_refuse_change();
