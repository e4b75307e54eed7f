-- The partnership's strategic plan, its priorities, and the yearly business plan that delivers it.
create table strategic_plan (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    title           text not null check (length(trim(title)) > 0),
    starts_year     integer not null,
    ends_year       integer not null,
    vision          text,
    core_business   text,
    version         integer not null default 0,
    check (ends_year >= starts_year),
    unique (id, partnership_id)
);
create index strategic_plan_partnership on strategic_plan (partnership_id);

create table plan_priority (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    plan_id             bigint not null,
    position            integer not null,
    title               text not null check (length(trim(title)) > 0),
    objective           text not null check (length(trim(objective)) > 0),
    how_we_will         text,
    success_statements  text,
    shared_with         text,
    version             integer not null default 0,
    foreign key (plan_id, partnership_id) references strategic_plan (id, partnership_id),
    unique (id, partnership_id)
);
create index plan_priority_plan on plan_priority (plan_id, position);

-- "We will monitor through": each measure may later name the dataset indicator that measures it.
create table success_measure (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    priority_id     bigint not null,
    position        integer not null,
    description     text not null check (length(trim(description)) > 0),
    indicator_id    bigint,
    foreign key (priority_id, partnership_id) references plan_priority (id, partnership_id) on delete cascade
);
create index success_measure_priority on success_measure (priority_id, position);

-- A year's business plan (April to March); a group's work plan is the activities it owns.
create table business_plan (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    strategic_plan_id   bigint not null,
    starts_year         integer not null,
    version             integer not null default 0,
    foreign key (strategic_plan_id, partnership_id) references strategic_plan (id, partnership_id),
    unique (strategic_plan_id, starts_year),
    unique (id, partnership_id)
);

create table plan_activity (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    business_plan_id    bigint not null,
    priority_id         bigint,
    description         text not null check (length(trim(description)) > 0),
    owner_group_id      bigint not null,
    owner_person_id     bigint references person (id),
    due_on              date,
    version             integer not null default 0,
    foreign key (business_plan_id, partnership_id) references business_plan (id, partnership_id),
    foreign key (priority_id, partnership_id) references plan_priority (id, partnership_id),
    foreign key (owner_group_id, partnership_id) references partnership_group (id, partnership_id),
    unique (id, partnership_id)
);
create index plan_activity_plan on plan_activity (business_plan_id, priority_id);
create index plan_activity_group on plan_activity (owner_group_id);

-- One progress update per activity per quarter, written by its owner and reviewed by the executive.
create table progress_update (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    activity_id     bigint not null,
    quarter         integer not null check (quarter between 1 and 4),
    rag             text not null check (rag in ('RED', 'AMBER', 'GREEN', 'COMPLETE')),
    narrative       text not null check (length(trim(narrative)) > 0),
    evidence        text,
    written_by      text not null,
    written_at      timestamp with time zone not null,
    reviewed_by     text,
    reviewed_at     timestamp with time zone,
    review_comment  text,
    version         integer not null default 0,
    foreign key (activity_id, partnership_id) references plan_activity (id, partnership_id),
    unique (activity_id, quarter),
    check ((reviewed_by is null) = (reviewed_at is null))
);
