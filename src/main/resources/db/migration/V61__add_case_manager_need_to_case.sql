-- A case re-engaged after its case manager has left the function waits for the coordinator to assign a
-- new one: the case keeps the previous holder (the history stays one) and says that a new one is needed.
alter table collab_case add column needs_case_manager boolean not null default false;
create index collab_case_needs_manager on collab_case (municipality_id) where needs_case_manager;
