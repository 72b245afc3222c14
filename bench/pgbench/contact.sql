\set bench_n random(1, 1000000000000000)
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '138ee8a9-319b-47ee-854f-8cdf526b3b4c';
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '138ee8a9-319b-47ee-854f-8cdf526b3b4c';
COMMIT;
select set_config('traden.municipality', ('system'), false);
select a.staff_id, a.municipality_id, a.username, a.password_hash, a.oidc_subject, a.enabled, a.failed_logins, a.locked_until, s.name from account a join staff s on s.id = a.staff_id where a.username = ('cm1');
select distinct f.type from function_assignment a join org_function f on f.id = a.function_id where a.staff_id = '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid and a.valid_from <= '2026-11-22'::date and (a.valid_to is null or a.valid_to >= '2026-11-22'::date);
select set_config('traden.municipality', '121d88cd-546e-450d-a9d4-e7950ebd5940', false);
BEGIN;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = '67538049-6f06-d692-33a5-f0a47b0de589'::uuid;
select c.id, c.municipality_id, c.reference, c.person_id, c.origin_concern_id, c.case_manager_staff_id, c.opened_at, c.status, c.phase, c.intensive, c.maintenance_until, c.closed_at, c.escalated_to_group_manager, c.needs_case_manager, c.version from collab_case c where c.municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and c.id = '67538049-6f06-d692-33a5-f0a47b0de589'::uuid;
select given_names || ' ' || family_name from person where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid and id = '074a4b98-b7e5-c920-5c96-93a2b4f4dd63'::uuid;
insert into case_contact (id, municipality_id, case_id, occurred_at, kind, with_whom, with_whom_detail, person_id, note, recorded_by, acting_function, recorded_at) values (md5(:bench_n::text || '-1')::uuid, '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, '67538049-6f06-d692-33a5-f0a47b0de589'::uuid, to_timestamp(1795360928.000000), ('PHONE'), ('{"CHILD"}')::text[], NULL, NULL, ('Samtal om veckan (101)'), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('CASE_MANAGER'), to_timestamp(1795361228.349734)) on conflict do nothing;
select seq, hash from access_log_head where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid for update \gset v15_
insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type, record_id, person_id, outcome, reason, prev_hash, hash) values ('121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, (:v15_seq + 1), to_timestamp(1795361228.348788), '07f49995-eeea-4fea-93e0-fc39cff20844'::uuid, ('cm1'), ('CASE_MANAGER'), ('UPDATE'), ('case-contact'), '67538049-6f06-d692-33a5-f0a47b0de589', '074a4b98-b7e5-c920-5c96-93a2b4f4dd63'::uuid, ('ALLOWED'), NULL, (:v15_hash), ('79f9e004498b315079516b502a274948cc340a0f0f3182f902d7308c7955a4d6')) on conflict do nothing;
update access_log_head set seq = (:v15_seq + 1), hash = ('79f9e004498b315079516b502a274948cc340a0f0f3182f902d7308c7955a4d6') where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid;
COMMIT;
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = '138ee8a9-319b-47ee-854f-8cdf526b3b4c', LAST_ACCESS_TIME = 1795361228337, MAX_INACTIVE_INTERVAL = 1800, EXPIRY_TIME = 1795363028337, PRINCIPAL_NAME = ('cm1') WHERE PRIMARY_ID = '4d1b576a-b433-48d2-838e-0eaf6529902f';
COMMIT;
select set_config('traden.municipality', (''), false);
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '138ee8a9-319b-47ee-854f-8cdf526b3b4c';
COMMIT;
