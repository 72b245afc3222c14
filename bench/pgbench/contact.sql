\set bench_n random(1, 1000000000000000)
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '21830bf2-aafd-4dd9-8283-d6c17b16cb14';
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '21830bf2-aafd-4dd9-8283-d6c17b16cb14';
COMMIT;
select set_config('traden.municipality', ('system'), false);
select a.staff_id, a.municipality_id, a.username, a.password_hash, a.oidc_subject, a.enabled, a.failed_logins, a.locked_until, s.name from account a join staff s on s.id = a.staff_id where a.username = ('cm1');
select distinct f.type from function_assignment a join org_function f on f.id = a.function_id where a.staff_id = '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid and a.valid_from <= '2026-11-22'::date and (a.valid_to is null or a.valid_to >= '2026-11-22'::date);
select set_config('traden.municipality', '121d88cd-546e-450d-a9d4-e7950ebd5940', false);
BEGIN;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = 'c5c98494-2daf-b4b7-0c3b-329e70f34f13'::uuid;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = 'c5c98494-2daf-b4b7-0c3b-329e70f34f13'::uuid;
select given_names || ' ' || family_name from person where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and id = '87d5657e-4bef-bdbd-d8fd-30a8b9794db5'::uuid;
insert into case_contact (id, municipality_id, case_id, occurred_at, kind, with_whom, with_whom_detail, person_id, note, recorded_by, acting_function, recorded_at) values (md5(:bench_n::text || '-1')::uuid, '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, 'c5c98494-2daf-b4b7-0c3b-329e70f34f13'::uuid, to_timestamp(1795364752.000000), ('PHONE'), ('{"CHILD"}')::text[], NULL, NULL, ('Samtal om veckan (115)'), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('CASE_MANAGER'), to_timestamp(1795365052.474974)) on conflict do nothing;
select seq, hash from access_log_head where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid for update \gset v15_
insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type, record_id, person_id, outcome, reason, prev_hash, hash) values ('121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, (:v15_seq + 1), to_timestamp(1795365052.474175), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('cm1'), ('CASE_MANAGER'), ('UPDATE'), ('case-contact'), 'c5c98494-2daf-b4b7-0c3b-329e70f34f13', '87d5657e-4bef-bdbd-d8fd-30a8b9794db5'::uuid, ('ALLOWED'), NULL, (:v15_hash), ('56f71529e909bed92f9edc2552172c975e5482528fb9b84d0b0278cf957efe21')) on conflict do nothing;
update access_log_head set seq = (:v15_seq + 1), hash = ('56f71529e909bed92f9edc2552172c975e5482528fb9b84d0b0278cf957efe21') where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid;
COMMIT;
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = '21830bf2-aafd-4dd9-8283-d6c17b16cb14', LAST_ACCESS_TIME = 1795365052469, MAX_INACTIVE_INTERVAL = 1800, EXPIRY_TIME = 1795366852469, PRINCIPAL_NAME = ('cm1') WHERE PRIMARY_ID = '5cab8231-f984-4e9b-a7d8-fa197a966d66';
COMMIT;
select set_config('traden.municipality', (''), false);
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '21830bf2-aafd-4dd9-8283-d6c17b16cb14';
COMMIT;
