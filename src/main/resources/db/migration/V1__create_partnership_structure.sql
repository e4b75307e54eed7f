create extension if not exists btree_gist;

create table partnership (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null check (length(trim(name)) > 0),
    area        text,
    version     integer not null default 0
);

-- An organisation can serve several partnerships (a police force, an NHS trust).
create table organisation (
    id          bigint generated always as identity primary key,
    name        text not null check (length(trim(name)) > 0),
    type        text not null check (type in ('LOCAL_AUTHORITY', 'INTEGRATED_CARE_BOARD', 'POLICE',
                                              'RELEVANT_AGENCY', 'EDUCATION', 'VOLUNTARY', 'OTHER')),
    website     text,
    version     integer not null default 0
);
create unique index organisation_name_unique on organisation (lower(trim(name)));

create table partnership_organisation (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnership (id),
    organisation_id   bigint not null references organisation (id),
    joined_on         date not null,
    left_on           date,
    version           integer not null default 0,
    unique (partnership_id, organisation_id),
    check (left_on is null or left_on >= joined_on)
);
create index partnership_organisation_org on partnership_organisation (organisation_id);

create table person (
    id          bigint generated always as identity primary key,
    given_name  text not null check (length(trim(given_name)) > 0),
    family_name text not null check (length(trim(family_name)) > 0),
    email       text,
    job_title   text,
    version     integer not null default 0
);
create unique index person_email_unique on person (lower(email)) where email is not null;

create table partnership_person (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnership (id),
    person_id      bigint not null references person (id),
    unique (partnership_id, person_id)
);
create index partnership_person_person on partnership_person (person_id);

create table partnership_group (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnership (id),
    parent_id         bigint references partnership_group (id),
    name              text not null check (length(trim(name)) > 0),
    kind              text not null check (kind in ('BOARD', 'EXECUTIVE', 'SUBGROUP', 'TASK_AND_FINISH', 'REFERENCE')),
    purpose           text,
    meeting_frequency text,
    confidential      boolean not null default false,
    ends_on           date,
    version           integer not null default 0,
    check (parent_id is null or parent_id <> id),
    unique (id, partnership_id)
);
create unique index partnership_group_name_unique on partnership_group (partnership_id, lower(trim(name)));
create index partnership_group_parent on partnership_group (parent_id);

create table membership (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnership (id),
    group_id          bigint not null,
    person_id         bigint not null references person (id),
    organisation_id   bigint references organisation (id),
    role              text not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'DEPUTY', 'ADVISER', 'BUSINESS_UNIT_SUPPORT')),
    deputy_id         bigint references person (id),
    starts_on         date not null,
    ends_on           date,
    version           integer not null default 0,
    check (ends_on is null or ends_on >= starts_on),
    check (deputy_id is null or deputy_id <> person_id),
    foreign key (group_id, partnership_id) references partnership_group (id, partnership_id),
    -- The same person cannot hold the same role in the same group twice at once.
    exclude using gist (group_id with =, person_id with =, role with =,
                        daterange(starts_on, ends_on, '[]') with &&)
);
create index membership_person on membership (person_id);
create index membership_group on membership (group_id);
create index membership_organisation on membership (organisation_id);

create table terms_of_reference (
    id              bigint generated always as identity primary key,
    group_id        bigint not null references partnership_group (id),
    version_number  integer not null check (version_number > 0),
    agreed_on       date not null,
    file_name       text not null,
    content_type    text not null,
    size_bytes      bigint not null check (size_bytes > 0 and size_bytes <= 20971520),
    content         bytea not null,
    uploaded_by     text not null,
    uploaded_at     timestamptz not null default now(),
    unique (group_id, version_number)
);
