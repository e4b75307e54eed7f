-- Actions raised from a risk, a challenge or a scrutiny finding go on the one tracker too.
alter table action drop constraint action_source_type_check;
alter table action add constraint action_source_type_check check (source_type in
    ('RAISED_DIRECTLY', 'MEETING_ITEM', 'CASE_REVIEW', 'AUDIT', 'PLAN', 'RISK', 'CHALLENGE', 'SCRUTINY_FINDING'));

-- The words each partnership uses for the five points of likelihood and of impact.
create table risk_scale (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    axis            text not null check (axis in ('LIKELIHOOD', 'IMPACT')),
    score           integer not null check (score between 1 and 5),
    label           text not null check (length(trim(label)) > 0),
    version         integer not null default 0,
    unique (partnership_id, axis, score)
);

-- Risks to the partnership's ability to safeguard children, on a group's register (the board's or a subgroup's).
create table risk (
    id                      bigint generated always as identity primary key,
    partnership_id          bigint not null references partnership (id),
    group_id                bigint not null,
    title                   text not null check (length(trim(title)) > 0),
    cause                   text,
    consequence             text,
    priority_id             bigint,
    owner_person_id         bigint references person (id),
    controls                text,
    inherent_likelihood     integer not null check (inherent_likelihood between 1 and 5),
    inherent_impact         integer not null check (inherent_impact between 1 and 5),
    current_likelihood      integer not null check (current_likelihood between 1 and 5),
    current_impact          integer not null check (current_impact between 1 and 5),
    target_likelihood       integer not null check (target_likelihood between 1 and 5),
    target_impact           integer not null check (target_impact between 1 and 5),
    target_reason           text,
    appetite                text not null check (appetite in ('AVERSE', 'MINIMAL', 'CAUTIOUS', 'OPEN')),
    review_on               date not null,
    escalated_to_group_id   bigint,
    escalated_on            date,
    escalation_reason       text,
    closed_on               date,
    version                 integer not null default 0,
    foreign key (group_id, partnership_id) references partnership_group (id, partnership_id),
    foreign key (escalated_to_group_id, partnership_id) references partnership_group (id, partnership_id),
    foreign key (priority_id, partnership_id) references plan_priority (id, partnership_id),
    check (target_likelihood * target_impact <= current_likelihood * current_impact or target_reason is not null),
    check ((escalated_to_group_id is null) = (escalated_on is null)),
    unique (id, partnership_id)
);
create index risk_partnership on risk (partnership_id, group_id);

-- Every rating a risk has been given, oldest first. Never changed or deleted.
create table risk_rating (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    risk_id             bigint not null,
    rated_on            date not null,
    rated_by            text not null,
    inherent_likelihood integer not null,
    inherent_impact     integer not null,
    current_likelihood  integer not null,
    current_impact      integer not null,
    target_likelihood   integer not null,
    target_impact       integer not null,
    reason              text,
    foreign key (risk_id, partnership_id) references risk (id, partnership_id)
);
create index risk_rating_risk on risk_rating (risk_id, id);

create function risk_rating_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The history of a risk''s ratings cannot be changed or deleted';
end;
$$;
create trigger risk_rating_no_update_or_delete
    before update or delete on risk_rating
    for each row execute function risk_rating_is_append_only();
create trigger risk_rating_no_truncate
    before truncate on risk_rating
    for each statement execute function risk_rating_is_append_only();
