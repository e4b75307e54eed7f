-- A finding may carry the review's recommendation for it, and name the record it came from (for a
-- review held in the Hub, the practice review's id; with source_type this says where to look).
alter table learning_finding add column recommendation text;
alter table learning_finding add column source_id bigint;
create index learning_finding_source on learning_finding (partnership_id, source_type, source_id) where source_id is not null;
