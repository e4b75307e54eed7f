-- Two-factor sign-in: an account's authenticator secret and its one-time recovery codes.
create table two_factor (
    account_id      bigint primary key references user_account (id),
    secret          text not null,
    enabled_at      timestamptz not null,
    -- The last 30-second time step whose code was accepted: a code is never accepted twice.
    last_used_step  bigint,
    -- Wrong codes since the last right one; unlike the password count, signing in again does not clear it.
    failed_codes    integer not null default 0 check (failed_codes >= 0),
    version         integer not null default 0
);

create table recovery_code (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references two_factor (account_id) on delete cascade,
    code_hash   text not null,
    used_at     timestamptz
);
create index recovery_code_by_account on recovery_code (account_id);
