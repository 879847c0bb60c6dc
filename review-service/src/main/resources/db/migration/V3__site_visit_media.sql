-- Photos and videos of a site visit (实地考察), through platform-media: PENDING until checked, then STORED with the
-- checked object's key, which no upload URL can write.
create table site_visit_media (
    id           uuid primary key,
    visit_id     uuid        not null references site_visit (id),
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
create index site_visit_media_visit on site_visit_media (visit_id);
create index site_visit_media_pending on site_visit_media (created_at) where state = 'PENDING';
