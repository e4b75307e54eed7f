-- Owners are asked to respond when an action is raised and again whenever it is chased.
-- asked_at is the last time they were asked; first_respond_by is the date they were first asked
-- to respond by, which the responsiveness figures measure against (chasing does not move it).
alter table action add column asked_at timestamptz;
alter table action add column first_respond_by date;
update action set asked_at = raised_on::timestamp at time zone 'UTC', first_respond_by = respond_by;
alter table action alter column asked_at set not null;
alter table action alter column first_respond_by set not null;
alter table action add check (first_respond_by >= raised_on);

-- What kind of line each log entry is: an owner's update (a response), closing, reopening or a chase.
alter table action_update add column kind text not null default 'UPDATE'
    check (kind in ('UPDATE', 'CLOSE', 'REOPEN', 'CHASE'));
update action_update set kind = 'CLOSE' where status_after = 'CLOSED';
update action_update u set kind = 'REOPEN'
from (select id, lag(status_after) over (partition by action_id order by written_at, id) as before
      from action_update) p
where p.id = u.id and p.before = 'CLOSED' and u.status_after <> 'CLOSED';
create index action_update_responses on action_update (action_id, written_at) where kind = 'UPDATE';

-- Reminders sent about a due date, so a rerun on the same day sends nothing twice.
create table action_reminder (
    id         bigint generated always as identity primary key,
    action_id  bigint not null references action (id),
    kind       text not null check (kind in ('BEFORE_DUE', 'DUE', 'OVERDUE')),
    due_on     date not null,
    sent_on    date not null,
    unique (action_id, kind, sent_on)
);
create index action_reminder_action on action_reminder (action_id, kind, due_on);

-- Weekly digests sent, one per address per week (the Monday it starts).
create table action_digest (
    id         bigint generated always as identity primary key,
    recipient  text not null check (recipient = lower(recipient)),
    week_of    date not null check (extract(isodow from week_of) = 1),
    actions    integer not null check (actions > 0),
    sent_at    timestamptz not null,
    unique (recipient, week_of)
);

-- Email delivery is retried: each message is waiting, sent, or given up after its last attempt.
alter table outbox_message add column status text not null default 'PENDING'
    check (status in ('PENDING', 'SENT', 'FAILED'));
alter table outbox_message add column attempts integer not null default 0 check (attempts >= 0);
alter table outbox_message add column next_attempt_at timestamptz;
alter table outbox_message add column last_attempt_at timestamptz;
update outbox_message set status = 'SENT', attempts = 1, last_attempt_at = sent_at where sent_at is not null;
-- Failures from before retries existed were tried once and not again: they stay failed.
update outbox_message set status = 'FAILED', attempts = 1 where sent_at is null and failure is not null;
alter table outbox_message add check ((status = 'SENT') = (sent_at is not null));
alter table outbox_message add check (status = 'PENDING' or next_attempt_at is null);
create index outbox_message_due on outbox_message (next_attempt_at) where status = 'PENDING';

-- Files sent with a message (a meeting invitation, say), kept so a retry sends them again.
create table outbox_attachment (
    id            bigint generated always as identity primary key,
    message_id    bigint not null references outbox_message (id),
    position      integer not null,
    filename      text not null check (length(trim(filename)) > 0),
    content_type  text not null,
    content       bytea not null,
    unique (message_id, position)
);
