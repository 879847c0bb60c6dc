-- The database floor of one submission (POST /api/v1/applications/{id}/submit): the statements application-service
-- runs for it, in its order, in one transaction, each one round trip (as pgjdbc sends them: Parse/Bind/Execute/Sync).
-- The statements are the ones application-service's SubmissionStatementsTest sees a submission send (the SQL
-- Hibernate hands to pgjdbc; pgjdbc adds RETURNING * for the generated key of the history row):
--   ApplicationAccess.editableByCaller  the row rule's query          select application (caller's org and id, first row)
--   CampaignService.find                Campaign.findById             select campaign
--   (the two orgs come from OrgDirectory, which reads each org once per process: no statement)
--   NamedStudioRegister.contains        named query                   select count named_studio
--   AttachmentService.storedCounts      named query                   select kind, count attachment, grouped by kind
--   ApplicationService.record           Transition.persist (IDENTITY) insert application_transition … RETURNING *
--   (flush before the native insert)    dirty Application             update application: the changed columns only
--                                       (@DynamicUpdate; not the form), submission_count, @Version
--   Outbox.publish                      native insert                 insert outbox_event
-- = 4 selects, 2 inserts, 1 update between BEGIN and COMMIT: 8 round trips from the service, 9 from pgbench, which
-- cannot send BEGIN together with the first select (pgbench 15: no \gset in a pipeline). Other differences, all
-- server-side trivia: the service binds the clock where this uses now(), the event id where this uses
-- gen_random_uuid() and the caller's org where this reads it from the setting bench.caller_org (set on the database
-- by submission-floor-setup.sql: pgbench has no string variables), and the first select builds the draft's uuid from
-- a number.
--
-- Run by submissions.py on a scratch database (bench_floor: the application schema, the org tree and register copied,
-- rows_per_client ready drafts per client, made by submission-floor-setup.sql). Each transaction submits a draft of
-- its own: client c takes the drafts c*rows_per_client+1, +2, … in turn (wrapping around if it runs out).
-- Variables (-D): n=0 rows_per_client, and the values the service binds, taken from the run's real submissions:
-- recommender leader unit stored actor role submitted topic event_type envelope (submissions.py also passes the
-- attachment kinds photo video letter equipment award publicity other, which the grouped count no longer needs).
\set n (:n % :rows_per_client) + 1
\set k :client_id * :rows_per_client + :n
\set first_rows 1
BEGIN;
select a1_0.id,a1_0.applicant_org,a1_0.campaign_id,a1_0.created_at,a1_0.created_by,a1_0.endorsed_at,a1_0.form,a1_0.leader_name,a1_0.recommender_opinion,a1_0.recommender_org,a1_0.screening_reason,a1_0.state,a1_0.submission_count,a1_0.submitted_at,a1_0.updated_at,a1_0.version from application a1_0 where (a1_0.applicant_org=current_setting('bench.caller_org')) and a1_0.id=('00000000-0000-4000-8000-'||lpad(:k::text,12,'0'))::uuid fetch first :first_rows rows only \gset
\set next_version :version + 1
\set next_submission_count :submission_count + 1
select c1_0.id,c1_0.contact_person,c1_0.contact_phones,c1_0.contact_unit,c1_0.created_at,c1_0.deadline,c1_0.organisers,c1_0.quota,c1_0.state,c1_0.title,c1_0.version,c1_0.year from campaign c1_0 where c1_0.id=:campaign_id;
select count(ns1_0.id) from named_studio ns1_0 where ns1_0.leader_name=:leader and ns1_0.unit_name=:unit;
select a1_0.kind,count(a1_0.id) from attachment a1_0 where a1_0.application_id=:id and a1_0.state=:stored group by a1_0.kind;
insert into application_transition (actor,actor_role,application_id,at,comment,from_state,to_state) values (:actor,:role,:id,now(),NULL,:state,:submitted) RETURNING *;
update application set recommender_org=:recommender,state=:submitted,submission_count=:next_submission_count,submitted_at=now(),updated_at=now(),version=:next_version where id=:id and version=:version;
insert into outbox_event (id, topic, event_key, type, envelope) values (gen_random_uuid(), :topic, :id, :event_type, :envelope);
COMMIT;
