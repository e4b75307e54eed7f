-- Full text search over minutes, decisions, matters raised and actions (English stemming).
-- Each searchable table gets a stored tsvector, kept up to date by PostgreSQL itself, and a GIN
-- index that leads with partnership_id (btree_gin), so a search reads only its own partnership's
-- entries even for a word that appears in half the country's minutes.
create extension if not exists btree_gin;

alter table agenda_item add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(notes, '')), 'B')) stored;
create index agenda_item_search on agenda_item using gin (partnership_id, search_vector);

alter table decision add column search_vector tsvector generated always as (
    to_tsvector('english', text)) stored;
create index decision_search on decision using gin (partnership_id, search_vector);

alter table escalation add column matter_search_vector tsvector generated always as (
    to_tsvector('english', matter)) stored;
alter table escalation add column response_search_vector tsvector generated always as (
    to_tsvector('english', coalesce(response, ''))) stored;
create index escalation_matter_search on escalation using gin (partnership_id, matter_search_vector);
create index escalation_response_search on escalation using gin (partnership_id, response_search_vector);

alter table action add column search_vector tsvector generated always as (
    to_tsvector('english', description)) stored;
create index action_search on action using gin (partnership_id, search_vector);

-- An update has no partnership of its own; a search reaches it through its action, whose
-- partnership's few thousand updates are found by action_update_action.
alter table action_update add column search_vector tsvector generated always as (
    to_tsvector('english', note)) stored;
create index action_update_search on action_update using gin (search_vector);

-- The search module's read model: one row per searchable text, with the group and confidentiality
-- that decide who may see it, and where it links. Owned by the search module; no module reads
-- another's tables through it. Confidentiality of a decision, action or matter follows the agenda
-- item it was recorded, raised or answered at.
create view search_document as
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
select 'MATTER', 'R' || e.id, e.partnership_id, e.to_group_id, i.confidential,
       m.id, i.id, null, e.answered_on, i.title, e.response, e.response_search_vector
from escalation e join agenda_item i on i.id = e.answered_at_item_id join meeting m on m.id = i.meeting_id
union all
select 'ACTION', 'A' || a.id, a.partnership_id, coalesce(a.group_id, sm.group_id), coalesce(si.confidential, false),
       null, null, a.id, a.raised_on, a.description, a.description, a.search_vector
from action a
left join agenda_item si on a.source_type = 'MEETING_ITEM' and si.id = a.source_id
left join meeting sm on sm.id = si.meeting_id
union all
select 'ACTION', 'A' || a.id, a.partnership_id, coalesce(a.group_id, sm.group_id), coalesce(si.confidential, false),
       null, null, a.id, u.written_at::date, a.description, u.note, u.search_vector
from action_update u join action a on a.id = u.action_id
left join agenda_item si on a.source_type = 'MEETING_ITEM' and si.id = a.source_id
left join meeting sm on sm.id = si.meeting_id;
