-- Actions are looked up by what they were raised from (a learning finding, a rapid review, a risk):
-- the themes page and every review's findings read them this way.
create index action_source on action (partnership_id, source_type, source_id);
