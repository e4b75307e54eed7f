-- Each organisation's safeguarding lead in a partnership: a person of that partnership who, with the
-- organisation's agency representatives, receives learning briefings for it and confirms them.
alter table partnership_organisation add column safeguarding_lead_id bigint references person (id);
