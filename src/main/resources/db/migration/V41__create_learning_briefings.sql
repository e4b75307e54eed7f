-- Learning briefings (seven-minute briefing style), published as public pages and PDFs.
create table learning_briefing (
    id               bigint generated always as identity primary key,
    partnership_id   bigint not null references partnership (id),
    title            text not null check (length(trim(title)) > 0),
    background       text,
    learning         text,
    why_it_matters   text,
    what_to_do       text,
    reflection       text,
    further_reading  text,
    published_on     date,
    published_by     text,
    version          integer not null default 0,
    check ((published_on is null) = (published_by is null)),
    unique (id, partnership_id)
);
create index learning_briefing_partnership on learning_briefing (partnership_id, published_on);

-- A published briefing sent to one organisation: when, to how many people, and its confirmations
-- that the organisation received it and then cascaded it to its staff.
create table briefing_distribution (
    id               bigint generated always as identity primary key,
    briefing_id      bigint not null,
    partnership_id   bigint not null,
    organisation_id  bigint not null references organisation (id),
    recipients       integer not null default 0 check (recipients >= 0),
    sent_on          date not null,
    received_on      date,
    received_by      text,
    cascaded_on      date,
    cascaded_by      text,
    last_chased_on   date,
    chase_count      integer not null default 0,
    version          integer not null default 0,
    foreign key (briefing_id, partnership_id) references learning_briefing (id, partnership_id),
    unique (briefing_id, organisation_id),
    check (cascaded_on is null or received_on is not null)
);

-- Emailed confirmation links: only the SHA-256 of each random token is kept.
create table briefing_link (
    token_hash       text primary key,
    distribution_id  bigint not null references briefing_distribution (id),
    created_at       timestamptz not null
);
create index briefing_link_distribution on briefing_link (distribution_id);
