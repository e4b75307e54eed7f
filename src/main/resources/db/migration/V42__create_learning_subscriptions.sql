-- Anyone may ask to be emailed when the partnership publishes a briefing or document. Only the
-- address is kept; it is confirmed by an emailed link (double opt-in) and removed on unsubscribing.
-- Kept out of the audit trail on purpose (written with SQL, not as entities): an address that has
-- unsubscribed must not stay in an append-only record.
create table learning_subscriber (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    email           text not null check (email like '%_@_%'),
    confirmed_at    timestamptz,
    created_at      timestamptz not null
);
create unique index learning_subscriber_email on learning_subscriber (partnership_id, lower(email));

-- Emailed links to confirm or to unsubscribe: only the SHA-256 of each random token is kept.
create table learning_subscription_token (
    token_hash     text primary key,
    subscriber_id  bigint not null references learning_subscriber (id) on delete cascade,
    purpose        text not null check (purpose in ('CONFIRM', 'LEAVE')),
    created_at     timestamptz not null
);
create index learning_subscription_token_subscriber on learning_subscription_token (subscriber_id);
