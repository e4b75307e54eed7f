-- Search takes each record's own confidentiality, not only the agenda item's: an action is
-- confidential when it is marked so (a confidential finding's action, a safety action from a case
-- review) or was raised at a confidential item; an answer to a matter is confidential when the
-- matter was raised, or answered, at a confidential item. Who may read confidential rows is still
-- decided by Visibility in Java; this view only says which rows are confidential.
create or replace view search_document as
select 'MINUTES' as kind, 'I' || i.id as record_key, i.partnership_id, m.group_id, i.confidential,
       m.id as meeting_id, i.id as item_id, null::bigint as action_id, m.held_on as dated,
       i.title, coalesce(i.notes, i.title) as body, i.search_vector as document
from agenda_item i join meeting m on m.id = i.meeting_id
union all
select 'DECISION', 'D' || d.id, d.partnership_id, m.group_id, i.confidential,
       m.id, i.id, null, m.held_on, i.title, d.text, d.search_vector
from decision d join agenda_item i on i.id = d.agenda_item_id join meeting m on m.id = d.meeting_id
union all
select 'MATTER', 'M' || e.id, e.partnership_id, e.from_group_id, i.confidential,
       m.id, i.id, null, e.raised_on, i.title, e.matter, e.matter_search_vector
from escalation e join agenda_item i on i.id = e.raised_at_item_id join meeting m on m.id = i.meeting_id
union all
select 'MATTER', 'R' || e.id, e.partnership_id, e.to_group_id, i.confidential or ri.confidential,
       m.id, i.id, null, e.answered_on, i.title, e.response, e.response_search_vector
from escalation e join agenda_item i on i.id = e.answered_at_item_id join meeting m on m.id = i.meeting_id
join agenda_item ri on ri.id = e.raised_at_item_id
union all
select 'ACTION', 'A' || a.id, a.partnership_id, coalesce(a.group_id, sm.group_id),
       a.confidential or coalesce(si.confidential, false),
       null, null, a.id, a.raised_on, a.description, a.description, a.search_vector
from action a
left join agenda_item si on a.source_type = 'MEETING_ITEM' and si.id = a.source_id
left join meeting sm on sm.id = si.meeting_id
union all
select 'ACTION', 'A' || a.id, a.partnership_id, coalesce(a.group_id, sm.group_id),
       a.confidential or coalesce(si.confidential, false),
       null, null, a.id, u.written_at::date, a.description, u.note, u.search_vector
from action_update u join action a on a.id = u.action_id
left join agenda_item si on a.source_type = 'MEETING_ITEM' and si.id = a.source_id
left join meeting sm on sm.id = si.meeting_id;
