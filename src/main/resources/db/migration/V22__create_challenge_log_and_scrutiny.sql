-- Challenges the board, a chair or the scrutineer put to an organisation or a group, and what came of them.
create table challenge (
    id                      bigint generated always as identity primary key,
    partnership_id          bigint not null references partnership (id),
    raised_by               text not null check (raised_by in ('BOARD', 'CHAIR', 'SCRUTINEER', 'GROUP')),
    to_organisation_id      bigint references organisation (id),
    to_group_id             bigint,
    raised_on               date not null,
    theme                   text,
    question                text not null check (length(trim(question)) > 0),
    stage                   integer not null default 1 check (stage between 1 and 3),
    response_due_on         date not null,
    response                text,
    response_received_on    date,
    outcome                 text,
    impact                  text,
    closed_on               date,
    version                 integer not null default 0,
    foreign key (to_group_id, partnership_id) references partnership_group (id, partnership_id),
    check ((to_organisation_id is null) <> (to_group_id is null)),
    check ((response is null) = (response_received_on is null)),
    check (closed_on is null or (outcome is not null and impact is not null)),
    unique (id, partnership_id)
);
create index challenge_partnership on challenge (partnership_id, raised_on);

-- What happened to a challenge, stage by stage.
create table challenge_step (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    challenge_id    bigint not null,
    happened_on     date not null,
    what            text not null,
    written_by      text not null,
    foreign key (challenge_id, partnership_id) references challenge (id, partnership_id)
);
create index challenge_step_challenge on challenge_step (challenge_id, id);

-- Independent scrutiny: the year's key lines of enquiry, the activities that test them, findings and partners' responses.
create table line_of_enquiry (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    starts_year     integer not null,
    question        text not null check (length(trim(question)) > 0),
    version         integer not null default 0,
    unique (id, partnership_id)
);

create table scrutiny_activity (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    line_of_enquiry_id  bigint,
    kind                text not null check (kind in ('OBSERVATION', 'CHALLENGE_DAY', 'AUDIT_OF_ARRANGEMENTS', 'OTHER')),
    title               text not null check (length(trim(title)) > 0),
    held_on             date not null,
    summary             text,
    version             integer not null default 0,
    foreign key (line_of_enquiry_id, partnership_id) references line_of_enquiry (id, partnership_id),
    unique (id, partnership_id)
);
create index scrutiny_activity_partnership on scrutiny_activity (partnership_id, held_on);

create table scrutiny_finding (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    activity_id     bigint not null,
    finding         text not null check (length(trim(finding)) > 0),
    response        text,
    responded_on    date,
    version         integer not null default 0,
    foreign key (activity_id, partnership_id) references scrutiny_activity (id, partnership_id),
    check ((response is null) = (responded_on is null))
);
