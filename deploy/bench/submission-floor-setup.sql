-- Rows for submission-floor.sql, in the scratch database bench_floor (schema, org tree and register already copied
-- from the application database by submissions.py). psql variables: drafts (clients × rows_per_client), form (one
-- real draft's form, as the service stored it), applicant_org, created_by, leader_name.
-- Like the benchmark's own drafts: one open campaign per draft (a unit applies once per campaign), 3 photos and a
-- recommendation letter stored, the draft's first history row. Draft k has the uuid 00000000-0000-4000-8000-<k>.
-- The caller's org, which the submission's first select binds, as the setting bench.caller_org of this database
-- (submission-floor.sql reads it: pgbench has no string variables).
\set ON_ERROR_STOP on
alter database :"DBNAME" set bench.caller_org = :'applicant_org';
begin;
insert into campaign (id, year, title, organisers, deadline, quota, contact_unit, contact_person, contact_phones, state,
                      created_at, version)
select ('00000000-0000-4000-9000-' || lpad(k::text, 12, '0'))::uuid, 2026, '基准测试活动 ' || k, '区总工会、区科委',
       date_trunc('second', now()) + interval '30 days', 10, '区总工会权益部', '王老师', '010-1', 'OPEN', now(), 1
from generate_series(1, :drafts) k;

insert into application (id, campaign_id, applicant_org, state, leader_name, form, created_by, created_at, updated_at,
                         version)
select ('00000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid,
       ('00000000-0000-4000-9000-' || lpad(k::text, 12, '0'))::uuid,
       :'applicant_org', 'DRAFT', :'leader_name', :'form'::jsonb, :'created_by', now(), now(), 0
from generate_series(1, :drafts) k;

insert into attachment (id, application_id, kind, file_name, object_key, state, content_type, size_bytes, created_at,
                        stored_at)
select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, a.kind, a.file_name,
       'applications/bench-' || k || '/' || a.file_name, 'STORED', 'image/jpeg', 2048, now(), now()
from generate_series(1, :drafts) k,
     (values ('PHOTO', '1.jpg'), ('PHOTO', '2.jpg'), ('PHOTO', '3.jpg'), ('RECOMMENDATION_LETTER', 'r.jpg')) a (kind, file_name);

insert into application_transition (application_id, actor, actor_role, at, from_state, to_state)
select ('00000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, :'created_by', 'applicant', now(), null, 'DRAFT'
from generate_series(1, :drafts) k;
commit;
vacuum analyze;
