-- Sparse follow-ups while the case manager stays as a maintaining contact after closure: a date and
-- what is to be done, scheduled by whoever works the case, and recorded as done.
create table case_follow_up (
    id                    uuid primary key,
    municipality_id       uuid not null references municipality (id),
    case_id               uuid not null references collab_case (id),
    due_on                date not null,
    what                  text not null,
    scheduled_at          timestamptz not null,
    scheduled_by_staff_id uuid not null references staff (id),
    done_at               timestamptz,
    done_by_staff_id      uuid references staff (id),
    done_note             text,
    version               bigint not null default 0,
    check ((done_at is null) = (done_by_staff_id is null))
);
create index case_follow_up_case on case_follow_up (municipality_id, case_id, due_on);
create index case_follow_up_open on case_follow_up (due_on) where done_at is null;

-- Reminders of follow-ups that are due or overdue, written by the follow-up scan. They belong to the
-- case, so they reach whoever holds it that day. One per follow-up and state: the scan is idempotent.
create table follow_up_reminder (
    id               uuid primary key,
    municipality_id  uuid not null references municipality (id),
    follow_up_id     uuid not null references case_follow_up (id),
    case_id          uuid not null references collab_case (id),
    case_reference   text not null,
    due_on           date not null,
    state            text not null check (state in ('DUE', 'OVERDUE')),
    created_at       timestamptz not null,
    read_at          timestamptz,
    read_by_staff_id uuid references staff (id),
    -- the follow-up was done, the maintaining contact ended, or the overdue reminder took over
    settled_at       timestamptz,
    unique (follow_up_id, state),
    check ((read_at is null) = (read_by_staff_id is null))
);
create index follow_up_reminder_active on follow_up_reminder (municipality_id, case_id) where settled_at is null;
