-- 单位 (organisations): recommending units and the units under them
CREATE TABLE org (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('DISTRICT', 'RECOMMENDER', 'UNIT')),
    parent_id  TEXT REFERENCES org (id)
);

-- 年度创建活动
CREATE TABLE campaign (
    id              UUID PRIMARY KEY,
    year            INT         NOT NULL,
    title           TEXT        NOT NULL,
    organisers      TEXT        NOT NULL,
    deadline        TIMESTAMPTZ NOT NULL,
    quota           INT         NOT NULL CHECK (quota > 0),
    contact_unit    TEXT        NOT NULL,
    contact_person  TEXT        NOT NULL,
    contact_phones  TEXT        NOT NULL,
    state           TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    version         INT         NOT NULL DEFAULT 0
);

-- 申报表: key facts as columns (for access rules, lists and uniqueness), the whole form as a JSON document
CREATE TABLE application (
    id               UUID PRIMARY KEY,
    campaign_id      UUID        NOT NULL REFERENCES campaign (id),
    applicant_org    TEXT        NOT NULL REFERENCES org (id),
    recommender_org  TEXT        REFERENCES org (id),
    state            TEXT        NOT NULL,
    leader_name      TEXT,
    form             JSONB       NOT NULL,
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    recommender_opinion TEXT,
    endorsed_at      TIMESTAMPTZ,
    screening_reason TEXT,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT one_application_per_unit_per_campaign UNIQUE (campaign_id, applicant_org)
);
CREATE INDEX application_recommender ON application (recommender_org);
CREATE INDEX application_campaign_state ON application (campaign_id, state);

-- every transition, readable as the application's history
CREATE TABLE application_transition (
    id              BIGSERIAL PRIMARY KEY,
    application_id  UUID        NOT NULL REFERENCES application (id),
    actor           TEXT        NOT NULL,
    actor_role      TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    from_state      TEXT,
    to_state        TEXT        NOT NULL,
    comment         TEXT
);
CREATE INDEX application_transition_by_application ON application_transition (application_id, id);

-- 附件 (media in the object store; a row counts once the stored object passed its checks)
CREATE TABLE attachment (
    id              UUID PRIMARY KEY,
    application_id  UUID        NOT NULL REFERENCES application (id),
    kind            TEXT        NOT NULL,
    file_name       TEXT        NOT NULL,
    object_key      TEXT        NOT NULL UNIQUE,
    state           TEXT        NOT NULL,
    content_type    TEXT,
    size_bytes      BIGINT,
    created_at      TIMESTAMPTZ NOT NULL,
    stored_at       TIMESTAMPTZ
);
CREATE INDEX attachment_by_application ON attachment (application_id);

-- register of studios already named at district level or above (projection; imported or fed by lifecycle events)
CREATE TABLE named_studio (
    id            BIGSERIAL PRIMARY KEY,
    leader_name   TEXT NOT NULL,
    unit_name     TEXT NOT NULL,
    studio_name   TEXT,
    level         TEXT NOT NULL,
    named_year    INT,
    source        TEXT NOT NULL,
    CONSTRAINT named_studio_unique UNIQUE (leader_name, unit_name, level)
);

-- deadline reminders already announced (so a restart does not announce them twice)
CREATE TABLE campaign_reminder (
    campaign_id  UUID NOT NULL REFERENCES campaign (id),
    days_before  INT  NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (campaign_id, days_before)
);
