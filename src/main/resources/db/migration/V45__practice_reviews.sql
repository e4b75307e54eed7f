-- A child safeguarding practice review the partners decided to hold (from a rapid review), or learning
-- that arrives from elsewhere: a national review, a domestic homicide review, a safeguarding adult
-- review, a MAPPA review or another area's review. Local reviews run to a target date (about six months
-- from the decision), have milestones and report versions, and are sent to the national Panel and the
-- Secretary of State before they are published.
create table practice_review (
    id                              bigint generated always as identity primary key,
    partnership_id                  bigint not null references partnership (id),
    kind                            text not null check (kind in ('LOCAL_PRACTICE_REVIEW', 'NATIONAL_REVIEW',
                                        'DOMESTIC_HOMICIDE_REVIEW', 'SAFEGUARDING_ADULT_REVIEW', 'MAPPA_REVIEW', 'OTHER_AREA_REVIEW')),
    rapid_review_id                 bigint unique,
    title                           text not null check (length(trim(title)) > 0),
    source                          text,
    summary                         text,
    decided_on                      date not null,
    report_due_on                   date,
    terms_of_reference              text,
    reviewer                        text,
    review_panel                    text,
    family_involvement              text,
    publication_decision            text check (publication_decision in ('PUBLISH', 'NOT_PUBLISH')),
    publication_reasons             text,
    sent_to_panel_on                date check (sent_to_panel_on >= decided_on),
    sent_to_secretary_of_state_on   date check (sent_to_secretary_of_state_on >= decided_on),
    published_on                    date,
    publication_url                 text,
    closed_on                       date,
    closed_by                       text,
    version                         integer not null default 0,
    foreign key (rapid_review_id, partnership_id) references rapid_review (id, partnership_id),
    check (kind <> 'LOCAL_PRACTICE_REVIEW' or rapid_review_id is not null),
    check (published_on is null or publication_decision = 'PUBLISH'),
    check (published_on is null or kind <> 'LOCAL_PRACTICE_REVIEW'
           or (sent_to_panel_on is not null and sent_to_secretary_of_state_on is not null
               and published_on >= sent_to_panel_on and published_on >= sent_to_secretary_of_state_on)),
    check ((closed_on is null) = (closed_by is null)),
    unique (id, partnership_id)
);
create index practice_review_partnership on practice_review (partnership_id, decided_on);

-- The steps of a local review towards its report, each with a date it is due and the date it was done.
create table practice_review_milestone (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null,
    practice_review_id  bigint not null,
    name                text not null check (length(trim(name)) > 0),
    due_on              date not null,
    completed_on        date,
    version             integer not null default 0,
    foreign key (practice_review_id, partnership_id) references practice_review (id, partnership_id)
);
create index practice_review_milestone_review on practice_review_milestone (practice_review_id, due_on);

-- Each draft and the final report as uploaded, numbered in order; none is ever replaced.
create table practice_review_report (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null,
    practice_review_id  bigint not null,
    number              integer not null,
    final               boolean not null,
    file_name           text not null,
    content_type        text not null,
    content             bytea not null,
    uploaded_on         date not null,
    uploaded_by         text not null,
    foreign key (practice_review_id, partnership_id) references practice_review (id, partnership_id),
    unique (practice_review_id, number)
);
