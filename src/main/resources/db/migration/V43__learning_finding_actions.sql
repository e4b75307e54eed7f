-- Actions raised for a learning finding have their own source type, so they are never mistaken for
-- a rapid review's actions that happen to share the record's number.
alter table action drop constraint action_source_type_check;
alter table action add constraint action_source_type_check check (source_type in
    ('RAISED_DIRECTLY', 'MEETING_ITEM', 'CASE_REVIEW', 'AUDIT', 'PLAN', 'RISK', 'CHALLENGE', 'SCRUTINY_FINDING',
     'LEARNING_FINDING'));

update action set source_type = 'LEARNING_FINDING'
where source_type = 'CASE_REVIEW' and source_label like 'Learning finding F%';
