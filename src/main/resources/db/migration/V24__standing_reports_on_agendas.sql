-- Standing reports a meeting's agenda may include: business plan progress, the risk register and the challenge log.
alter table agenda_item drop constraint agenda_item_kind_check;
alter table agenda_item add constraint agenda_item_kind_check check (kind in ('WELCOME', 'PREVIOUS_MINUTES',
    'PREVIOUS_ACTIONS', 'MATTERS_RAISED', 'ITEM', 'BUSINESS_PLAN_PROGRESS', 'RISK_REGISTER', 'CHALLENGE_LOG',
    'ANY_OTHER_BUSINESS'));

-- The report's summary as it stood when the minutes were approved, fixed in them from then on.
alter table agenda_item add column report_snapshot text;
alter table agenda_item add column report_fixed_on date;
alter table agenda_item add constraint agenda_item_report_snapshot_dated
    check ((report_snapshot is null) = (report_fixed_on is null));
alter table agenda_item add constraint agenda_item_snapshot_only_for_reports
    check (report_snapshot is null or kind in ('BUSINESS_PLAN_PROGRESS', 'RISK_REGISTER', 'CHALLENGE_LOG'));
