\set bench_n random(1, 1000000000000000)
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '4f5053e1-2c77-4723-b6e4-0a35fa8ef531';
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '4f5053e1-2c77-4723-b6e4-0a35fa8ef531';
COMMIT;
select set_config('traden.municipality', ('system'), false);
select a.staff_id, a.municipality_id, a.username, a.password_hash, a.oidc_subject, a.enabled, a.failed_logins, a.locked_until, s.name from account a join staff s on s.id = a.staff_id where a.username = ('skola');
select distinct f.type from function_assignment a join org_function f on f.id = a.function_id where a.staff_id = '1489e8fd-c544-4ddd-becc-afbb1be1236c'::uuid and a.valid_from <= '2026-11-22'::date and (a.valid_to is null or a.valid_to >= '2026-11-22'::date);
select set_config('traden.municipality', '121d88cd-546e-450d-a9d4-e7950ebd5940', false);
BEGIN;
select contact_route, gathering_hours, decision_days from municipality where id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid;
insert into concern_counter (municipality_id, year, last_number) values ('121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, 2026, 1) on conflict (municipality_id, year) do update set last_number = concern_counter.last_number + 1 returning last_number \gset v12_
insert into concern (id, municipality_id, reference, received_at, route, reporter_staff_id, reporter_organisation_id, reporter_organisation, reporter_function, reporter_name, reporter_contact, subject_name, subject_personal_number, subject_birth_year, subject_school, person_id, worry, problem_areas, urgent, mandatory_report, mandatory_report_reason, status, complexity, gathering_started_at, gathering_due_at, gathering_met_at, feedback_started_at, feedback_due_at, feedback_met_at, decision_started_at, decision_due_at, decision_met_at, case_manager_staff_id, version) values (md5(:bench_n::text || '-1')::uuid, '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, ('O-2026-' || lpad(:v12_last_number::text, 7, '0')), to_timestamp(1795365052.431245), ('INDIVIDUAL_COORDINATOR'), '1489e8fd-c544-4ddd-becc-afbb1be1236c'::uuid, NULL, ('Sjöskolan'), ('Kurator'), ('Bench'), ('070-174 06 00'), ('Elev 114'), NULL, 2010, ('Sjöskolan'), NULL, ('Eleven har varit frånvarande i flera veckor och verkar orolig (mätning 114).'), ('{SCHOOL_ABSENCE}')::text[], FALSE, ('NOT_APPLICABLE'), ('Skolan bedömer att det inte finns något skyddsbehov just nu'), ('RECEIVED'), NULL, to_timestamp(1795365052.431245), to_timestamp(1795537852.431245), NULL, to_timestamp(1795365052.431245), to_timestamp(1795537852.431245), NULL, to_timestamp(1795365052.431245), to_timestamp(1795969852.431245), NULL, NULL, 0) on conflict do nothing;
insert into concern_event (concern_id, municipality_id, occurred_at, staff_id, acting_function, type, reason, details) values (md5(:bench_n::text || '-1')::uuid, '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, to_timestamp(1795365052.431245), '1489e8fd-c544-4ddd-becc-afbb1be1236c'::uuid, ('REPORTER'), ('RAISED'), NULL, ('{"urgent"' || chr(58) || 'false,"route"' || chr(58) || '"INDIVIDUAL_COORDINATOR"}')::jsonb) on conflict do nothing;
select seq, hash from access_log_head where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid for update \gset v15_
insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function, action, record_type, record_id, person_id, outcome, reason, prev_hash, hash) values ('121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid, (:v15_seq + 1), to_timestamp(1795365052.448345), '1489e8fd-c544-4ddd-becc-afbb1be1236c'::uuid, ('skola'), ('REPORTER'), ('CREATE'), ('concern'), md5(:bench_n::text || '-1'), NULL, ('ALLOWED'), NULL, (:v15_hash), ('02855f7dac59b3b93553b6f78e0fb7c6f1526a63ae96f80653e1a26221db3809')) on conflict do nothing;
update access_log_head set seq = (:v15_seq + 1), hash = ('02855f7dac59b3b93553b6f78e0fb7c6f1526a63ae96f80653e1a26221db3809') where municipality_id = '121d88cd-546e-450d-a9d4-e7950ebd5940'::uuid;
COMMIT;
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = '4f5053e1-2c77-4723-b6e4-0a35fa8ef531', LAST_ACCESS_TIME = 1795365052425, MAX_INACTIVE_INTERVAL = 1800, EXPIRY_TIME = 1795366852425, PRINCIPAL_NAME = ('skola') WHERE PRIMARY_ID = '8ca01785-ba09-49b3-87a3-8ce582f9c9b6';
COMMIT;
select set_config('traden.municipality', (''), false);
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '4f5053e1-2c77-4723-b6e4-0a35fa8ef531';
COMMIT;
