-- A record saved with what looks like a child's identity in its text, with the reason the person gave.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in ('CREATED', 'CHANGED', 'REMOVED', 'VIEWED',
    'SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'PASSWORD_RESET', 'IDENTIFYING_DETAILS_KEPT'));
