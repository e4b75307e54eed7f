-- Learning themes: each partnership's own editable vocabulary, seeded with the themes that recur
-- in case reviews nationally. A new partnership gets the same starting list (trigger below).
create table learning_theme (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnership (id),
    name            text not null check (length(trim(name)) > 0),
    description     text,
    version         integer not null default 0,
    unique (id, partnership_id)
);
create unique index learning_theme_name_unique on learning_theme (partnership_id, lower(trim(name)));

create function seed_learning_themes(p bigint) returns void language sql as $$
    insert into learning_theme (partnership_id, name)
    select p, t from unnest(array[
        'Information sharing', 'Professional curiosity', 'Voice of the child', 'Unseen men and fathers',
        'Cumulative harm and neglect', 'Risk assessment', 'Escalation and professional challenge', 'Domestic abuse',
        'Parental mental health', 'Parental substance misuse', 'Exploitation', 'Online harm',
        'Non-accidental injury in babies', 'Disabled children', 'Transition to adulthood']) as t
    on conflict do nothing;
$$;

select seed_learning_themes(id) from partnership;

create function seed_learning_themes_for_new_partnership() returns trigger language plpgsql as $$
begin
    perform seed_learning_themes(new.id);
    return new;
end;
$$;
create trigger partnership_learning_themes after insert on partnership
    for each row execute function seed_learning_themes_for_new_partnership();

-- A finding: one point of learning from a review or audit (the reviews module records its own
-- through LearningRegister), tagged with themes; its actions go on the one tracker (CASE_REVIEW).
create table learning_finding (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnership (id),
    source_type       text not null check (source_type in ('RAPID_REVIEW', 'LOCAL_PRACTICE_REVIEW', 'NATIONAL_REVIEW',
                          'DOMESTIC_HOMICIDE_REVIEW', 'SAFEGUARDING_ADULT_REVIEW', 'MAPPA_REVIEW', 'OTHER_AREA_REVIEW', 'AUDIT')),
    source_reference  text not null check (length(trim(source_reference)) > 0),
    source_date       date not null,
    finding           text not null check (length(trim(finding)) > 0),
    confidential      boolean not null default false,
    group_id          bigint,
    recorded_by       text not null,
    recorded_on       date not null,
    version           integer not null default 0,
    foreign key (group_id, partnership_id) references partnership_group (id, partnership_id),
    check (not confidential or group_id is not null),
    unique (id, partnership_id)
);
create index learning_finding_partnership on learning_finding (partnership_id, source_date);

create table learning_finding_theme (
    finding_id  bigint not null references learning_finding (id) on delete cascade,
    theme_id    bigint not null references learning_theme (id),
    primary key (finding_id, theme_id)
);
create index learning_finding_theme_theme on learning_finding_theme (theme_id);
