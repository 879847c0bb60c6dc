-- The obligations calendar (报送日历): what each studio owes per year (plan, quarterly and annual summaries), made
-- when first needed; and the reminders sent for each (7 and 1 days before, overdue), each once.
create table obligation (
    id           uuid primary key,
    studio_id    uuid        not null references studio (id),
    year         int         not null,
    kind         text        not null,
    quarter      int         not null default 0,
    due_date     date        not null,
    state        text        not null,
    submitted_at timestamptz,
    accepted_at  timestamptz,
    unique (studio_id, year, kind, quarter)
);
create index obligation_open on obligation (due_date) where state in ('OPEN', 'RETURNED');

create table obligation_reminder (
    obligation_id uuid        not null references obligation (id),
    reminder      text        not null,
    sent_at       timestamptz not null,
    primary key (obligation_id, reminder)
);
