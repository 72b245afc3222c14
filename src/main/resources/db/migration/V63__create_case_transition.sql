-- Transitions in a child's life where support gets lost, recorded on the case with a date and an owner:
-- a member of staff, or an organisation named in text. A home-coming carries its home-coming plan.
create table case_transition (
    id                   uuid primary key,
    municipality_id      uuid not null references municipality (id),
    case_id              uuid not null references collab_case (id),
    kind                 text not null check (kind in ('SCHOOL_STAGE', 'TURNING_18', 'MOVING_MUNICIPALITY',
                                                       'PLACEMENT', 'HOME_COMING', 'TREATMENT_TO_HOME')),
    occurs_on            date not null,
    owner_staff_id       uuid references staff (id),
    owner_organisation   text,
    note                 text,
    home_coming_plan     text,
    recorded_at          timestamptz not null,
    recorded_by_staff_id uuid not null references staff (id),
    recorded_as          text not null,
    check ((owner_staff_id is null) <> (owner_organisation is null)),
    check (kind <> 'HOME_COMING' or home_coming_plan is not null)
);
create index case_transition_case on case_transition (municipality_id, case_id, occurs_on);
