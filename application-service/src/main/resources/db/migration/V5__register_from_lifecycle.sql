-- The register of named studios is fed by lifecycle-service's events (studio.named, studio.delisted) besides the CSV
-- import: the studio's id there, the unit's org id (so the exclusion does not hang on how a form spells the unit), and
-- when it was delisted (a delisted studio still may not apply again).
ALTER TABLE named_studio ADD COLUMN studio_id TEXT;
ALTER TABLE named_studio ADD COLUMN unit_org_id TEXT;
ALTER TABLE named_studio ADD COLUMN delisted_at TIMESTAMPTZ;
CREATE UNIQUE INDEX named_studio_studio_id ON named_studio (studio_id) WHERE studio_id IS NOT NULL;
CREATE INDEX named_studio_unit_org_leader ON named_studio (unit_org_id, leader_name) WHERE unit_org_id IS NOT NULL;
