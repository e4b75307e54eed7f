create table user_account (
    id                    bigint generated always as identity primary key,
    username              text not null,
    email                 text not null,
    display_name          text not null,
    password_hash         text,
    system_administrator  boolean not null default false,
    person_id             bigint references person (id),
    failed_sign_ins       integer not null default 0,
    locked_until          timestamptz,
    enabled               boolean not null default true,
    version               integer not null default 0
);
create unique index user_account_username_unique on user_account (lower(username));
create unique index user_account_email_unique on user_account (lower(email));

create table role_assignment (
    id               bigint generated always as identity primary key,
    account_id       bigint not null references user_account (id),
    partnership_id   bigint not null references partnership (id),
    role             text not null check (role in ('BUSINESS_UNIT', 'CHAIR', 'PARTNER', 'AGENCY_REPRESENTATIVE', 'GROUP_MEMBER', 'READ_ONLY')),
    organisation_id  bigint references organisation (id),
    check ((role = 'AGENCY_REPRESENTATIVE') = (organisation_id is not null))
);
create unique index role_assignment_unique on role_assignment (account_id, partnership_id, role, coalesce(organisation_id, 0));

create table password_reset_token (
    token_hash   text primary key,
    account_id   bigint not null references user_account (id),
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create table outbox_message (
    id            bigint generated always as identity primary key,
    created_at    timestamptz not null default now(),
    recipient     text not null,
    subject       text not null,
    body          text not null,
    sent_at       timestamptz,
    failure       text
);
