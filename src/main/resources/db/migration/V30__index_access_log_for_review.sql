-- The log review pages newest first with a keyset (occurred_at, id) instead of OFFSET, so that the
-- thousandth page of a log with millions of entries costs what the first one does. Each index a
-- review filter uses therefore ends in (occurred_at, id): the database walks it backwards from the
-- cursor and stops after one page, without sorting. The indexes of V2 end in occurred_at alone and
-- are replaced here.

drop index access_log_person;
create index access_log_person on access_log (municipality_id, person_id, occurred_at, id)
    where person_id is not null;

drop index access_log_staff;
create index access_log_staff on access_log (municipality_id, staff_id, occurred_at, id);

drop index access_log_time;
create index access_log_time on access_log (municipality_id, occurred_at, id);

drop index access_log_record;
create index access_log_record on access_log (municipality_id, record_type, record_id, occurred_at, id);

create index access_log_username on access_log (municipality_id, username, occurred_at, id);

-- Denied attempts are few among many allowed accesses; their own small index serves the denied view.
create index access_log_denied on access_log (municipality_id, occurred_at, id) where outcome = 'DENIED';
