-- Emergency access ("break the glass"): someone outside a case reads it for a limited time after
-- stating why; every read under it is flagged in the access log and the group manager reviews it.
create table emergency_access (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    case_id          uuid not null references collab_case (id),
    staff_id         uuid not null references staff (id),
    acting_function  text not null,
    reason           text not null check (length(trim(reason)) between 10 and 2000),
    granted_at       timestamptz not null,
    expires_at       timestamptz not null,
    reviewed_at      timestamptz,
    reviewed_by      uuid references staff (id),
    review_note      text check (length(review_note) <= 2000),
    check (expires_at > granted_at),
    check ((reviewed_at is null) = (reviewed_by is null))
);
create index emergency_access_active on emergency_access (municipality_id, case_id, staff_id, expires_at);
create index emergency_access_unreviewed on emergency_access (municipality_id, granted_at) where reviewed_at is null;
