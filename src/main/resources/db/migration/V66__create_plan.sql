-- The action and change plan of a case: one plan per case, and every revision of it kept whole, with
-- its author, what changed and why. The plan row points at the current revision; a revision states the
-- revision it starts from, and the update of the pointer is the optimistic lock.

create table plan (
    id                uuid primary key,
    municipality_id   uuid not null references municipality (id),
    case_id           uuid not null references collab_case (id),
    current_revision  integer not null check (current_revision > 0),
    created_at        timestamptz not null,
    unique (case_id)
);

create table plan_revision (
    plan_id          uuid not null references plan (id),
    municipality_id  uuid not null references municipality (id),
    revision         integer not null check (revision > 0),
    revised_at       timestamptz not null,
    revised_by       uuid not null references staff (id),
    acting_function  text not null,
    change_summary   text not null check (length(trim(change_summary)) between 1 and 2000),
    reason           text not null check (length(trim(reason)) between 1 and 2000),
    -- the whole plan as it stood after this revision
    content          jsonb not null,
    primary key (plan_id, revision)
);

create function plan_revision_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'plan_revision is append-only: % refused; make a new revision instead', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger plan_revision_no_update_or_delete
    before update or delete on plan_revision
    for each row execute function plan_revision_refuse_change();
