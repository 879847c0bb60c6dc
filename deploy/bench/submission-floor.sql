-- The database floor of one submission (POST /api/v1/applications/{id}/submit): the statements application-service
-- runs for it, in its order, in one transaction, each one round trip (as pgjdbc sends them: Parse/Bind/Execute/Sync).
-- Captured from the wire (PostgreSQL protocol on port 15432) while the local stack submitted one application:
--   ApplicationAccess.editableByCaller  Application.findById          select application
--   CampaignService.find                Campaign.findById             select campaign
--   ApplicationService.submit           Org.findById ×2               select org (applicant, recommender)
--   NamedStudioRegister.contains        NamedStudio.count             select count(*) named_studio
--   AttachmentService.storedCounts      Attachment.count ×7           select count(*) attachment, one per kind
--   ApplicationService.record           Transition.persist (IDENTITY) insert application_transition … RETURNING *
--   ApplicationService.submit           Transition.count              select count(*) application_transition
--   (flush before the native insert)    dirty Application             update application (every column, @Version)
--   Outbox.publish                      native insert                 insert outbox_event
-- = 13 selects, 2 inserts, 1 update between BEGIN and COMMIT: 17 round trips from the service, 18 from pgbench, which
-- cannot send BEGIN together with the first select (pgbench 15: no \gset in a pipeline). Other differences, all
-- server-side trivia: the service binds the clock where this uses now() and the event id where this uses
-- gen_random_uuid(), and the first select builds the draft's uuid from a number.
--
-- Run by submissions.py on a scratch database (bench_floor: the application schema, the org tree and register copied,
-- rows_per_client ready drafts per client, made by submission-floor-setup.sql). Each transaction submits a draft of
-- its own: client c takes the drafts c*rows_per_client+1, +2, … in turn (wrapping around if it runs out).
-- Variables (-D): n=0 rows_per_client, and the values the service binds, taken from the run's real submissions:
-- recommender leader unit stored photo video letter equipment award publicity other actor role submitted topic
-- event_type envelope.
\set n (:n % :rows_per_client) + 1
\set k :client_id * :rows_per_client + :n
BEGIN;
select a1_0.id,a1_0.applicant_org,a1_0.campaign_id,a1_0.created_at,a1_0.created_by,a1_0.endorsed_at,a1_0.form,a1_0.leader_name,a1_0.recommender_opinion,a1_0.recommender_org,a1_0.screening_reason,a1_0.state,a1_0.submitted_at,a1_0.updated_at,a1_0.version from application a1_0 where a1_0.id=('00000000-0000-4000-8000-'||lpad(:k::text,12,'0'))::uuid \gset
\set next_version :version + 1
select c1_0.id,c1_0.contact_person,c1_0.contact_phones,c1_0.contact_unit,c1_0.created_at,c1_0.deadline,c1_0.organisers,c1_0.quota,c1_0.state,c1_0.title,c1_0.version,c1_0.year from campaign c1_0 where c1_0.id=:campaign_id;
select o1_0.id,o1_0.kind,o1_0.name,o1_0.parent_id from org o1_0 where o1_0.id=:applicant_org;
select o1_0.id,o1_0.kind,o1_0.name,o1_0.parent_id from org o1_0 where o1_0.id=:recommender;
select count(*) from named_studio ns1_0 where ns1_0.leader_name=:leader and ns1_0.unit_name=:unit;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:photo and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:video and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:letter and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:equipment and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:award and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:publicity and a1_0.state=:stored;
select count(*) from attachment a1_0 where a1_0.application_id=:id and a1_0.kind=:other and a1_0.state=:stored;
insert into application_transition (actor,actor_role,application_id,at,comment,from_state,to_state) values (:actor,:role,:id,now(),NULL,:state,:submitted) RETURNING *;
select count(*) from application_transition t1_0 where t1_0.application_id=:id and t1_0.to_state=:submitted;
update application set applicant_org=:applicant_org,campaign_id=:campaign_id,created_at=:created_at,created_by=:created_by,endorsed_at=NULL,form=:form,leader_name=:leader_name,recommender_opinion=NULL,recommender_org=:recommender,screening_reason=NULL,state=:submitted,submitted_at=now(),updated_at=now(),version=:next_version where id=:id and version=:version;
insert into outbox_event (id, topic, event_key, type, envelope) values (gen_random_uuid(), :topic, :id, :event_type, :envelope);
COMMIT;
