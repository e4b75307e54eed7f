-- Append-only: the database itself refuses to change or remove what has been recorded.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default clock_timestamp(),
    actor           text not null,
    partnership_id  bigint,
    action          text not null check (action in ('CREATED', 'CHANGED', 'REMOVED', 'VIEWED', 'SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'PASSWORD_RESET')),
    record_type     text not null,
    record_id       text not null,
    summary         text,
    before_state    jsonb,
    after_state     jsonb
);
create index audit_event_record on audit_event (record_type, record_id, occurred_at);
create index audit_event_occurred on audit_event (occurred_at desc);
create index audit_event_actor on audit_event (lower(actor));

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
