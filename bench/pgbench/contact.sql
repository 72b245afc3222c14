\set bench_n random(1, 1000000000000000)
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = 'c0a99336-7b34-4e7f-b8b6-0cdcdaa3997a';
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = 'c0a99336-7b34-4e7f-b8b6-0cdcdaa3997a';
COMMIT;
select set_config('traden.municipality', ('system'), false);
select a.staff_id, a.municipality_id, a.username, a.password_hash, a.oidc_subject, a.enabled, a.failed_logins, a.locked_until, s.name from account a join staff s on s.id = a.staff_id where a.username = ('cm1');
select distinct f.type from function_assignment a join org_function f on f.id = a.function_id where a.staff_id = '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid and a.valid_from <= '2026-11-22'::date and (a.valid_to is null or a.valid_to >= '2026-11-22'::date);
select set_config('traden.municipality', '121d88cd-546e-450d-a9d4-e7950ebd5940', false);
BEGIN;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = 'a6d79958-8841-e440-a1f3-cde50abdf017'::uuid;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = 'a6d79958-8841-e440-a1f3-cde50abdf017'::uuid;
select given_names || ' ' || family_name from person where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and id = 'd84068d0-08cc-6429-ce6c-741a8195248e'::uuid;
insert into case_contact (id, municipality_id, case_id, occurred_at, kind, with_whom, with_whom_detail, person_id, note, recorded_by, acting_function, recorded_at) values (md5(:bench_n::text || '-1')::uuid, '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, 'a6d79958-8841-e440-a1f3-cde50abdf017'::uuid, to_timestamp(1795360245.000000), ('PHONE'), ('{"CHILD"}')::text[], NULL, NULL, ('Samtal om veckan (24)'), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('CASE_MANAGER'), to_timestamp(1795360545.663949)) on conflict do nothing;
select seq, hash from access_log_head where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid for update \gset v15_
insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type, record_id, person_id, outcome, reason, prev_hash, hash) values ('121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, (:v15_seq + 1), to_timestamp(1795360545.662108), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('cm1'), ('CASE_MANAGER'), ('UPDATE'), ('case-contact'), 'a6d79958-8841-e440-a1f3-cde50abdf017', 'd84068d0-08cc-6429-ce6c-741a8195248e'::uuid, ('ALLOWED'), NULL, (:v15_hash), ('416ba4e425815ea68bc0672f1d56eb70c8db6ac60c5547c34e2a5462b33eeefb')) on conflict do nothing;
update access_log_head set seq = (:v15_seq + 1), hash = ('416ba4e425815ea68bc0672f1d56eb70c8db6ac60c5547c34e2a5462b33eeefb') where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid;
COMMIT;
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = 'c0a99336-7b34-4e7f-b8b6-0cdcdaa3997a', LAST_ACCESS_TIME = 1795360545653, MAX_INACTIVE_INTERVAL = 1800, EXPIRY_TIME = 1795362345653, PRINCIPAL_NAME = ('cm1') WHERE PRIMARY_ID = 'b710e86f-1e35-4308-af22-9e7bae85329f';
COMMIT;
select set_config('traden.municipality', (''), false);
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = 'c0a99336-7b34-4e7f-b8b6-0cdcdaa3997a';
COMMIT;
