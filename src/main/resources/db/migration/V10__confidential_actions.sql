-- An action raised from a confidential agenda item is as confidential as the item: only those who
-- may read the group's confidential business see it on the tracker.
alter table action add column confidential boolean not null default false;

update action a set confidential = true
from agenda_item i
where a.source_type = 'MEETING_ITEM' and a.source_id = i.id and i.confidential;
