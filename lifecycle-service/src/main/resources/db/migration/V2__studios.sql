-- Named studios (以领军人物命名的区级职工创新工作室), registered from review-service's review.decided, and the public
-- delisting notices (通报). One studio per named application.
create table studio (
    id                   uuid primary key,
    application_id       uuid          not null unique,
    decision_id          uuid          not null,
    campaign_id          uuid          not null,
    campaign_title       text          not null,
    named_title          text          not null,
    studio_name          text,
    leader_name          text          not null,
    unit_org_id          text          not null,
    unit_org_name        text          not null,
    recommender_org_id   text,
    recommender_org_name text,
    contact_name         text,
    contact_phone        text,
    contact_email        text,
    level                text          not null,
    named_on             date          not null,
    named_year           int           not null,
    funding_wan_yuan     numeric(12, 2) not null default 0,
    city_recommended     boolean       not null default false,
    innovation_fields    text[]        not null default '{}',
    state                text          not null,
    state_changed_at     timestamptz   not null,
    warning_reason       text,
    warning_deadline     date,
    delisting_reason     text,
    delisting_proposed_by text,
    version              int           not null default 0,
    created_at           timestamptz   not null
);
create index studio_unit on studio (unit_org_id);
create index studio_year on studio (named_year);

-- Every change of a studio's state: who, when, why (the studio's history).
create table studio_transition (
    id          uuid primary key,
    studio_id   uuid        not null references studio (id),
    from_state  text,
    to_state    text        not null,
    reason      text,
    actor       text        not null,
    actor_role  text        not null,
    at          timestamptz not null
);
create index studio_transition_studio on studio_transition (studio_id, at);

-- 通报: the public notice of a delisting, written from the zh-CN template when the commission approves it.
create table delisting_notice (
    id           uuid primary key,
    studio_id    uuid        not null unique references studio (id),
    title        text        not null,
    body         text        not null,
    proposed_by  text        not null,
    approved_by  text        not null,
    published_at timestamptz not null
);
create index delisting_notice_published on delisting_notice (published_at desc);

-- 创新成果: the studio's innovation results, counted per year against the rule of 1–2 a year (public: the count only).
create table innovation_result (
    id                        uuid primary key,
    studio_id                 uuid           not null references studio (id),
    year                      int            not null,
    title                     text           not null,
    type                      text           not null,
    patent_number             text,
    patent_date               date,
    participants              text[]         not null default '{}',
    economic_benefit_wan_yuan numeric(12, 2) not null default 0,
    social_benefit            text,
    achieved_on               date           not null,
    recorded_by               text           not null,
    recorded_at               timestamptz    not null,
    updated_at                timestamptz    not null,
    version                   int            not null default 0
);
create index innovation_result_studio_year on innovation_result (studio_id, year);
