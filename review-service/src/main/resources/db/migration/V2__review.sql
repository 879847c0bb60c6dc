-- Campaigns as application-service announced them (campaign.opened): what review needs of one.
create table campaign (
    id         uuid primary key,
    year       int          not null,
    title      text         not null,
    quota      int          not null,
    deadline   timestamptz,
    updated_at timestamptz  not null
);

-- A review case per application accepted by screening (application.screened, accepted = true).
create table review_case (
    application_id       uuid primary key,
    campaign_id          uuid        not null,
    campaign_title       text        not null,
    studio_name          text        not null,
    leader_name          text,
    applicant_org_id     text        not null,
    applicant_org_name   text,
    recommender_org_id   text,
    recommender_org_name text,
    contact_name         text,
    contact_phone        text,
    contact_email        text,
    innovation_fields    text[]      not null default '{}',
    screened_at          timestamptz not null
);
create index review_case_campaign on review_case (campaign_id);

-- A reviewer's profile: org from the token (for automatic conflicts), declared expertise (for assignment).
create table reviewer (
    username     text primary key,
    org_id       text,
    display_name text        not null,
    expertise    text[]      not null default '{}',
    updated_at   timestamptz not null
);

create table review_round (
    id                  uuid primary key,
    campaign_id         uuid        not null,
    name                text        not null,
    state               text        not null,
    reviewers_per_case  int         not null check (reviewers_per_case between 1 and 15),
    max_load            int         not null check (max_load between 1 and 500),
    scoring_deadline    timestamptz not null,
    site_visit_deadline timestamptz,
    rubric              jsonb       not null,
    opened_by           text        not null,
    opened_at           timestamptz not null,
    version             int         not null default 0
);
create index review_round_campaign on review_round (campaign_id);

-- The panel of a round: who may be assigned in it.
create table round_reviewer (
    id       uuid primary key,
    round_id uuid not null references review_round (id),
    username text not null references reviewer (username),
    unique (round_id, username)
);

-- Declared conflicts of interest (automatic ones are computed from orgs and never stored).
create table conflict (
    id             uuid primary key,
    application_id uuid        not null references review_case (application_id),
    reviewer       text        not null,
    kind           text        not null,
    note           text,
    recorded_by    text        not null,
    recorded_role  text        not null,
    recorded_at    timestamptz not null,
    unique (application_id, reviewer)
);
create index conflict_reviewer on conflict (reviewer);

create table assignment (
    id             uuid primary key,
    round_id       uuid        not null references review_round (id),
    application_id uuid        not null references review_case (application_id),
    reviewer       text        not null,
    method         text        not null,
    assigned_by    text        not null,
    assigned_at    timestamptz not null,
    unique (round_id, application_id, reviewer)
);
create index assignment_reviewer on assignment (reviewer);

create table scorecard (
    id                uuid primary key,
    round_id          uuid          not null,
    application_id    uuid          not null,
    reviewer          text          not null,
    scores            jsonb         not null,
    total             numeric(6, 2),
    panel_comment     text,
    applicant_comment text,
    state             text          not null,
    updated_at        timestamptz   not null,
    submitted_at      timestamptz,
    version           int           not null default 0,
    unique (round_id, application_id, reviewer),
    foreign key (round_id, application_id, reviewer) references assignment (round_id, application_id, reviewer)
);

create table site_visit (
    id             uuid primary key,
    round_id       uuid        not null references review_round (id),
    application_id uuid        not null references review_case (application_id),
    scheduled_at   timestamptz not null,
    address        text        not null,
    visitors       text[]      not null,
    checklist      jsonb       not null default '{}',
    findings       text,
    verdict        text,
    state          text        not null,
    scheduled_by   text        not null,
    recorded_by    text,
    recorded_at    timestamptz,
    version        int         not null default 0,
    unique (round_id, application_id)
);

create table decision (
    id                uuid primary key,
    round_id          uuid        not null unique references review_round (id),
    campaign_id       uuid        not null,
    quota             int         not null,
    state             text        not null,
    over_quota_reason text,
    proposed_by       text        not null,
    proposed_at       timestamptz not null,
    returned_by       text,
    returned_at       timestamptz,
    return_reason     text,
    decided_by        text,
    decided_at        timestamptz,
    version           int         not null default 0
);

create table decision_entry (
    id               uuid primary key,
    decision_id      uuid          not null references decision (id),
    application_id   uuid          not null references review_case (application_id),
    position         int           not null,
    named_title      text          not null,
    funding_wan_yuan numeric(10, 2) not null check (funding_wan_yuan >= 0),
    city_recommended boolean       not null,
    unique (decision_id, application_id)
);

-- Every action: who (and in which role), when, what, before and after. Entries of the decision chain carry the
-- hash of the previous one, so an edited or removed entry breaks the chain.
create table audit_entry (
    seq          bigserial primary key,
    at           timestamptz not null,
    actor        text        not null,
    role         text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    before_state text,
    after_state  text,
    chained      boolean     not null default false,
    prev_hash    text,
    hash         text
);
create index audit_entry_subject on audit_entry (subject_type, subject_id);
create index audit_entry_chain on audit_entry (seq) where chained;

-- After both keys the decision is immutable, in the database too.
create function decision_is_final() returns trigger language plpgsql as $$
begin
    if old.state = 'APPROVED' then
        raise exception 'decision % is final', old.id using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create function decision_entry_is_final() returns trigger language plpgsql as $$
begin
    if exists (select 1 from decision d where d.id = old.decision_id and d.state = 'APPROVED') then
        raise exception 'decision % is final', old.decision_id using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger decision_final before update or delete on decision for each row execute function decision_is_final();
create trigger decision_entry_final before update or delete on decision_entry for each row execute function decision_entry_is_final();
