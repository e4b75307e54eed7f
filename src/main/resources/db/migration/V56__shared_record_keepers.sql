-- An organisation or person shared by several partnerships has one keeper: the partnership that added
-- it. Only its business unit, or a system administrator, changes the facts every partnership relies on
-- (an organisation's name, type and website; a person's name, email address and job title).
-- Null means the system administrators keep it.
alter table organisation add column owner_partnership_id bigint references partnership (id);
alter table person add column owner_partnership_id bigint references partnership (id);

-- Existing records go to the partnership that linked them first.
update organisation o set owner_partnership_id = (
    select po.partnership_id from partnership_organisation po where po.organisation_id = o.id order by po.id limit 1);
update person p set owner_partnership_id = (
    select pp.partnership_id from partnership_person pp where pp.person_id = p.id order by pp.id limit 1);
