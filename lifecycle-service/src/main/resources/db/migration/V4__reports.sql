-- Reports (工作计划, 季度/年度工作总结): a draft with text sections, submitted as numbered versions (snapshots of the
-- sections and the checked attachments), accepted or returned with comments by 区总工会; every step in the history.
create table report (
    id            uuid primary key,
    studio_id     uuid        not null references studio (id),
    obligation_id uuid        not null references obligation (id),
    kind          text        not null,
    year          int         not null,
    quarter       int         not null default 0,
    state         text        not null,
    sections      jsonb       not null default '{}',
    submissions   int         not null default 0,
    version       int         not null default 0,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (studio_id, kind, year, quarter)
);

create table report_version (
    id           uuid primary key,
    report_id    uuid        not null references report (id),
    number       int         not null,
    sections     jsonb       not null,
    attachments  jsonb       not null,
    submitted_by text        not null,
    submitted_at timestamptz not null,
    decision     text,
    comment      text,
    decided_by   text,
    decided_at   timestamptz,
    unique (report_id, number)
);

create table report_history (
    id         uuid primary key,
    report_id  uuid        not null references report (id),
    action     text        not null,
    version_number int,
    comment    text,
    actor      text        not null,
    actor_role text        not null,
    at         timestamptz not null
);
create index report_history_report on report_history (report_id, at);

-- Files of reports and results (platform-media): PENDING until checked, then STORED with the checked object's key.
create table attachment (
    id           uuid primary key,
    owner_type   text        not null,
    owner_id     uuid        not null,
    studio_id    uuid        not null references studio (id),
    kind         text        not null,
    file_name    text        not null,
    state        text        not null,
    stored_key   text,
    content_type text,
    size_bytes   bigint,
    uploaded_by  text        not null,
    created_at   timestamptz not null,
    stored_at    timestamptz
);
create index attachment_owner on attachment (owner_id);
create index attachment_pending on attachment (created_at) where state = 'PENDING';
