-- A meeting of one group, and where its minutes have got to.
create table meeting (
    id                      bigint generated always as identity primary key,
    partnership_id          bigint not null references partnership (id),
    group_id                bigint not null,
    held_on                 date not null,
    starts_at               time not null,
    ends_at                 time,
    location                text,
    online_link             text check (online_link is null or online_link ~ '^https://'),
    minutes_status          text not null default 'NOT_STARTED'
        check (minutes_status in ('NOT_STARTED', 'DRAFT', 'CIRCULATED', 'APPROVED', 'FIXED')),
    confidentiality_agreed  boolean not null default false,
    difference_made         text,
    circulated_on           date,
    approved_by_decision_id bigint,
    invitations_sent_on     date,
    imported_from           text,
    version                 integer not null default 0,
    foreign key (group_id, partnership_id) references partnership_group (id, partnership_id),
    check (ends_at is null or ends_at > starts_at),
    check (location is not null or online_link is not null),
    unique (id, partnership_id)
);
create index meeting_group_date on meeting (group_id, held_on);
create index meeting_partnership_date on meeting (partnership_id, held_on);

-- The agenda, in order; the minutes of each item are written against it.
create table agenda_item (
    partnership_id  bigint not null references partnership (id),
    id            bigint generated always as identity primary key,
    meeting_id    bigint not null references meeting (id),
    position      integer not null check (position > 0),
    title         text not null check (length(trim(title)) > 0),
    kind          text not null default 'ITEM'
        check (kind in ('WELCOME', 'PREVIOUS_MINUTES', 'PREVIOUS_ACTIONS', 'MATTERS_RAISED', 'ITEM', 'ANY_OTHER_BUSINESS')),
    presenter     text,
    confidential  boolean not null default false,
    notes         text,
    version       integer not null default 0
);
create index agenda_item_meeting on agenda_item (meeting_id, position);

-- Papers for an agenda item: checked PDF or Word documents.
create table agenda_paper (
    partnership_id  bigint not null references partnership (id),
    id             bigint generated always as identity primary key,
    agenda_item_id bigint not null references agenda_item (id),
    file_name      text not null,
    content_type   text not null,
    content        bytea not null,
    uploaded_at    timestamptz not null,
    uploaded_by    text not null
);
create index agenda_paper_item on agenda_paper (agenda_item_id);

-- Who came: members and others in attendance, with apologies and deputies.
create table attendance (
    partnership_id  bigint not null references partnership (id),
    id                bigint generated always as identity primary key,
    meeting_id        bigint not null references meeting (id),
    person_id         bigint not null references person (id),
    organisation_id   bigint references organisation (id),
    status            text not null check (status in ('PRESENT', 'APOLOGIES', 'REPRESENTED', 'ABSENT')),
    deputy_person_id  bigint references person (id),
    member            boolean not null,
    unique (meeting_id, person_id),
    check ((status = 'REPRESENTED') = (deputy_person_id is not null))
);
create index attendance_person on attendance (person_id);

-- Interests declared at a meeting, against an item where one is named.
create table conflict_of_interest (
    partnership_id  bigint not null references partnership (id),
    id              bigint generated always as identity primary key,
    meeting_id      bigint not null references meeting (id),
    person_id       bigint not null references person (id),
    agenda_item_id  bigint references agenda_item (id),
    description     text not null check (length(trim(description)) > 0)
);
create index conflict_meeting on conflict_of_interest (meeting_id);

-- When a group's meeting is quorate.
create table quorum_rule (
    group_id                   bigint primary key references partnership_group (id),
    partnership_id             bigint not null references partnership (id),
    each_safeguarding_partner  boolean not null,
    minimum_present            integer check (minimum_present is null or minimum_present > 0),
    version                    integer not null default 0
);

-- What a meeting decided, item by item. Approving earlier minutes is itself a decision.
create table decision (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnership (id),
    meeting_id           bigint not null references meeting (id),
    agenda_item_id       bigint not null references agenda_item (id),
    text                 text not null check (length(trim(text)) > 0),
    approves_meeting_id  bigint references meeting (id),
    recorded_by          text not null
);
create index decision_meeting on decision (meeting_id);
alter table meeting add foreign key (approved_by_decision_id) references decision (id);

-- A matter a group raises to its parent group, followed to the parent's meeting and its answer.
create table escalation (
    id                        bigint generated always as identity primary key,
    partnership_id            bigint not null references partnership (id),
    from_group_id             bigint not null references partnership_group (id),
    to_group_id               bigint not null references partnership_group (id),
    raised_at_item_id         bigint not null references agenda_item (id),
    matter                    text not null check (length(trim(matter)) > 0),
    raised_on                 date not null,
    answered_at_item_id       bigint references agenda_item (id),
    response                  text,
    answered_on               date,
    version                   integer not null default 0,
    check ((response is null) = (answered_on is null))
);
create index escalation_to_group on escalation (to_group_id, answered_on);
create index escalation_from_group on escalation (from_group_id);

-- Changes to minutes after they were approved: recorded, never edited in place.
create table minutes_amendment (
    partnership_id  bigint not null references partnership (id),
    id              bigint generated always as identity primary key,
    meeting_id      bigint not null references meeting (id),
    agenda_item_id  bigint references agenda_item (id),
    text            text not null check (length(trim(text)) > 0),
    reason          text not null check (length(trim(reason)) > 0),
    made_by         text not null,
    made_at         timestamptz not null
);
create index minutes_amendment_meeting on minutes_amendment (meeting_id);
