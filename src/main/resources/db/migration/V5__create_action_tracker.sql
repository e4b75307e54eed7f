-- One tracker for every action the partnership commits to, wherever it was raised.
create table action (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    group_id        bigint,
    description     text not null check (length(trim(description)) > 0),
    all_partners    boolean not null default false,
    due_on          date,
    status          text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE_BY_OWNER', 'CLOSED')),
    source_type     text not null check (source_type in ('RAISED_DIRECTLY', 'MEETING_ITEM', 'CASE_REVIEW', 'AUDIT', 'PLAN')),
    source_id       bigint,
    source_label    text,
    raised_by       text not null,
    raised_on       date not null,
    respond_by      date not null,
    closed_on       date,
    version         integer not null default 0,
    foreign key (group_id, partnership_id) references partnership_group (id, partnership_id),
    check ((status = 'CLOSED') = (closed_on is not null))
);
create index action_partnership_status on action (partnership_id, status, due_on);
create index action_group on action (group_id);

-- Who must act: named people, organisations, or both.
create table action_owner (
    id               bigint generated always as identity primary key,
    action_id        bigint not null references action (id),
    person_id        bigint references person (id),
    organisation_id  bigint references organisation (id),
    check ((person_id is null) <> (organisation_id is null))
);
create index action_owner_action on action_owner (action_id);
create index action_owner_person on action_owner (person_id);
create index action_owner_organisation on action_owner (organisation_id);

-- The dated log of what owners and the business unit said about an action.
create table action_update (
    id            bigint generated always as identity primary key,
    action_id     bigint not null references action (id),
    written_by    text not null,
    written_at    timestamptz not null,
    note          text not null check (length(trim(note)) > 0),
    status_after  text not null
);
create index action_update_action on action_update (action_id, written_at);
