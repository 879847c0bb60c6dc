-- An attachment is served only from its checked copy (platform-media): the key under media/ the completion copied the
-- upload to, which no presigned PUT ever targets. Files stored before keep their key as the checked one (their upload
-- URLs expired long ago). A stored attachment always has one.
ALTER TABLE attachment ADD COLUMN stored_key TEXT UNIQUE;
UPDATE attachment SET stored_key = object_key WHERE state = 'STORED';
ALTER TABLE attachment ADD CONSTRAINT stored_attachment_has_checked_copy CHECK (state <> 'STORED' OR stored_key IS NOT NULL);
-- the cap on waiting uploads per application and the sweep of abandoned ones read pending rows by age
CREATE INDEX attachment_pending ON attachment (application_id, created_at) WHERE state = 'PENDING';
