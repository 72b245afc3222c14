-- The structured reflection after a case has closed: what worked, what we would do again, what we would
-- avoid, which early signals we missed; and the child's and the family's view when they agree to give it.

create table after_action_review (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    case_id          uuid not null references collab_case (id),
    held_on          date not null,
    invited_actors   text,
    what_worked      text not null,
    do_again         text not null,
    avoid            text not null,
    missed_signals   text not null,
    child_view       text,
    family_view      text,
    views_agreed     boolean not null default false,
    recorded_by      uuid not null references staff (id),
    acting_function  text not null,
    recorded_at      timestamptz not null,
    updated_by       uuid references staff (id),
    updated_at       timestamptz,
    version          bigint not null default 0
);
create index after_action_review_case on after_action_review (municipality_id, case_id, held_on desc);
