-- Ending an assignment is an edit like any other: two administrators must not overwrite each other.
alter table function_assignment add column version bigint not null default 0;

-- The overview and the core-component check read functions by unit and holders by function and day.
create index org_function_unit on org_function (unit_id);
create index org_function_reporting_organisation on org_function (reporting_organisation_id);
create index function_assignment_function_period on function_assignment (function_id, valid_from, valid_to);
