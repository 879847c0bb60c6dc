-- One row per (event, recipient, channel): the unique key makes a redelivered or twice-consumed event harmless.
CREATE TABLE notification (
    id               UUID PRIMARY KEY,
    event_id         TEXT        NOT NULL,
    event_type       TEXT        NOT NULL,
    category         TEXT        NOT NULL,
    recipient        TEXT        NOT NULL,   -- user name, or contact:<address> for a form's contact person
    recipient_name   TEXT,
    channel          TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'INBOX')),
    address          TEXT,
    subject          TEXT        NOT NULL,
    body_text        TEXT        NOT NULL,
    body_html        TEXT,
    status           TEXT        NOT NULL,
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    lease_until      TIMESTAMPTZ,
    provider_id      TEXT,
    last_error       TEXT,
    fallback_of      UUID,                   -- the SMS this e-mail stands in for
    fallback_address TEXT,                   -- for an SMS: where its e-mail fallback would go
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    read_at          TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (event_id, recipient, channel)
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX notification_inbox ON notification (recipient, created_at DESC) WHERE channel = 'INBOX';

-- Every attempt to deliver, for the delivery log
CREATE TABLE delivery_attempt (
    id               BIGSERIAL PRIMARY KEY,
    notification_id  UUID        NOT NULL REFERENCES notification (id),
    attempt          INT         NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ NOT NULL,
    outcome          TEXT        NOT NULL,
    provider_id      TEXT,
    error            TEXT
);
CREATE INDEX delivery_attempt_by_notification ON delivery_attempt (notification_id, attempt);

-- What each user wants, by category and channel (no row = wanted)
CREATE TABLE notification_preference (
    username  TEXT    NOT NULL,
    category  TEXT    NOT NULL,
    channel   TEXT    NOT NULL,
    enabled   BOOLEAN NOT NULL,
    PRIMARY KEY (username, category, channel)
);
