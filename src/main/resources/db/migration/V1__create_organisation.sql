-- The municipality is the secrecy boundary: every row of municipal data carries municipality_id.

create table municipality (
    id                      uuid primary key,
    code                    text not null unique,
    name                    text not null,
    time_zone               text not null default 'Europe/Stockholm',
    -- preferred solution (INDIVIDUAL_COORDINATOR) or the permitted variant (INTAKE_UNIT)
    contact_route           text not null default 'INDIVIDUAL_COORDINATOR'
                                 check (contact_route in ('INDIVIDUAL_COORDINATOR', 'INTAKE_UNIT')),
    contact_route_motivation text,
    -- core component: the IC function alone decides on activation and on case manager assignment
    ic_decides_assignment   boolean not null default true,
    -- free variables, recorded as the municipality's choices
    has_school_liaison      boolean not null default false,
    assignment_criteria     text,
    planned_case_managers   integer check (planned_case_managers >= 0),
    steering_group_composition text,
    follow_up_form          text,
    check_in_days_intensive integer not null default 7 check (check_in_days_intensive between 1 and 60),
    check_in_days_other     integer not null default 14 check (check_in_days_other between 1 and 90),
    gathering_hours         integer not null default 48 check (gathering_hours between 1 and 240),
    version                 bigint not null default 0,
    check (contact_route = 'INDIVIDUAL_COORDINATOR' or length(trim(coalesce(contact_route_motivation, ''))) > 0)
);

create table unit (
    id                      uuid primary key,
    municipality_id         uuid not null references municipality (id),
    name                    text not null,
    within_social_services  boolean not null,
    version                 bigint not null default 0,
    unique (municipality_id, name)
);

create table reporting_organisation (
    id                      uuid primary key,
    municipality_id         uuid not null references municipality (id),
    name                    text not null,
    kind                    text not null check (kind in ('SCHOOL', 'INDEPENDENT_SCHOOL', 'PRESCHOOL', 'POLICE',
                                                          'LEISURE', 'HEALTH_CARE', 'SOCIAL_SERVICES',
                                                          'CIVIL_SOCIETY', 'OTHER')),
    version                 bigint not null default 0,
    unique (municipality_id, name)
);

-- A function outlives the staff who hold it: inboxes, routes and decisions belong here.
create table org_function (
    id                      uuid primary key,
    municipality_id         uuid not null references municipality (id),
    type                    text not null check (type in ('INDIVIDUAL_COORDINATOR', 'CASE_MANAGER', 'GROUP_MANAGER',
                                                          'INTAKE_UNIT', 'CASE_OFFICER', 'OUT_OF_HOURS',
                                                          'SCHOOL_LIAISON', 'STEERING_GROUP', 'REPORTER',
                                                          'LOG_AUDITOR', 'ADMINISTRATOR')),
    name                    text not null,
    unit_id                 uuid references unit (id),
    reporting_organisation_id uuid references reporting_organisation (id),
    contact_route           text,
    version                 bigint not null default 0,
    unique (municipality_id, name),
    check ((type = 'REPORTER') = (reporting_organisation_id is not null))
);

create table staff (
    id                      uuid primary key,
    municipality_id         uuid not null references municipality (id),
    name                    text not null,
    email                   text,
    phone                   text,
    version                 bigint not null default 0
);
create index staff_municipality on staff (municipality_id);

create table function_assignment (
    id                      uuid primary key,
    municipality_id         uuid not null references municipality (id),
    function_id             uuid not null references org_function (id),
    staff_id                uuid not null references staff (id),
    valid_from              date not null,
    valid_to                date,
    check (valid_to is null or valid_to >= valid_from)
);
create index function_assignment_staff on function_assignment (staff_id);
create index function_assignment_function on function_assignment (function_id);

-- A case manager's competence profile: free tags such as "kriminalitet" or "arabiska".
create table competence_tag (
    municipality_id         uuid not null references municipality (id),
    staff_id                uuid not null references staff (id),
    tag                     text not null,
    primary key (staff_id, tag)
);

-- How a staff member logs in: a local account (embedded default and demo) and/or an OpenID Connect
-- subject (production). Owned by the identity module.
create table account (
    staff_id                uuid primary key references staff (id),
    municipality_id         uuid not null references municipality (id),
    username                text unique,
    password_hash           text,
    oidc_subject            text unique,
    enabled                 boolean not null default true,
    failed_logins           integer not null default 0,
    locked_until            timestamptz,
    version                 bigint not null default 0,
    check (username is not null or oidc_subject is not null)
);
