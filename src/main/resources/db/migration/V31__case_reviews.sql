-- The group whose members see the partnership's case review records (its joint case review group),
-- chosen by the business unit. The business unit, chairs and lead or delegated partners see them always.
create table case_review_setting (
    partnership_id   bigint primary key references partnership (id),
    review_group_id  bigint not null,
    version          integer not null default 0,
    foreign key (review_group_id, partnership_id) references partnership_group (id, partnership_id)
);

-- A case someone thinks may meet the criteria for a serious incident notification or a review, and how
-- the business unit triaged it. The child is named only by the case reference and a pseudonym.
create table case_referral (
    id                 bigint generated always as identity primary key,
    partnership_id     bigint not null references partnership (id),
    referred_on        date not null,
    referred_by        text not null,
    case_reference     text not null check (length(trim(case_reference)) > 0),
    pseudonym          text not null check (length(trim(pseudonym)) > 0),
    age_band           text not null check (age_band in ('UNBORN_OR_UNDER_1', 'AGED_1_TO_4', 'AGED_5_TO_10', 'AGED_11_TO_15', 'AGED_16_TO_17')),
    what_happened      text not null check (length(trim(what_happened)) > 0),
    agencies_involved  text not null check (length(trim(agencies_involved)) > 0),
    why_criteria       text not null check (length(trim(why_criteria)) > 0),
    suggested_route    text not null check (suggested_route in ('SERIOUS_INCIDENT', 'LEARNING_REVIEW', 'CASE_FILE_AUDIT')),
    outcome            text check (outcome in ('ACCEPTED_SERIOUS_INCIDENT', 'OTHER_ROUTE', 'NO_FURTHER_ACTION')),
    outcome_reasons    text,
    triaged_on         date,
    triaged_by         text,
    version            integer not null default 0,
    check ((outcome is null) = (triaged_on is null)),
    check (outcome is null or length(trim(outcome_reasons)) > 0),
    unique (id, partnership_id)
);
create index case_referral_partnership on case_referral (partnership_id, referred_on);

-- The local authority's notification of a serious incident to the national Panel (due within 5 working days
-- of becoming aware), with Ofsted and the partners told.
create table incident_notification (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnership (id),
    referral_id          bigint unique,
    case_reference       text not null check (length(trim(case_reference)) > 0),
    pseudonym            text not null check (length(trim(pseudonym)) > 0),
    age_band             text not null,
    incident             text not null check (length(trim(incident)) > 0),
    became_aware_on      date not null,
    panel_notified_on    date check (panel_notified_on >= became_aware_on),
    ofsted_informed_on   date check (ofsted_informed_on >= became_aware_on),
    partners_told_on     date check (partners_told_on >= became_aware_on),
    recorded_by          text not null,
    version              integer not null default 0,
    foreign key (referral_id, partnership_id) references case_referral (id, partnership_id),
    unique (id, partnership_id)
);
create index incident_notification_partnership on incident_notification (partnership_id, became_aware_on);

-- The rapid review of a notified incident: the joint case review group's meeting (a meeting of the meetings
-- module, by id), its recommendation, the independent chair's scrutiny, the partners' decision and the Panel's response.
create table rapid_review (
    id                      bigint generated always as identity primary key,
    partnership_id          bigint not null references partnership (id),
    notification_id         bigint not null unique,
    started_on              date not null,
    meeting_id              bigint,
    recommendation          text check (recommendation in ('LOCAL_PRACTICE_REVIEW', 'NO_LOCAL_REVIEW', 'NATIONAL_REVIEW', 'OTHER_LEARNING')),
    recommendation_reasons  text,
    recommended_on          date,
    scrutiny                text,
    scrutinised_on          date,
    scrutinised_by          text,
    decision                text check (decision in ('LOCAL_PRACTICE_REVIEW', 'NO_LOCAL_REVIEW', 'NATIONAL_REVIEW', 'OTHER_LEARNING')),
    decision_reasons        text,
    decided_on              date,
    sent_to_panel_on        date,
    panel_response          text,
    panel_responded_on      date,
    version                 integer not null default 0,
    foreign key (notification_id, partnership_id) references incident_notification (id, partnership_id),
    check ((recommendation is null) = (recommended_on is null)),
    check (scrutiny is null or recommendation is not null),
    check (decision is null or recommendation is not null),
    check ((decision is null) = (decided_on is null)),
    check (sent_to_panel_on is null or decision is not null),
    check (panel_response is null or sent_to_panel_on is not null),
    unique (id, partnership_id)
);

-- What the rapid review asks each agency for, by its own deadline: a structured summary and a chronology.
create table information_request (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnership (id),
    rapid_review_id     bigint not null,
    organisation_id     bigint not null references organisation (id),
    requested_on        date not null,
    due_on              date not null check (due_on >= requested_on),
    involvement         text,
    analysis            text,
    learning            text,
    chronology_name     text,
    chronology_type     text,
    chronology          bytea,
    submitted_on        date,
    submitted_by        text,
    last_chased_on      date,
    times_chased        integer not null default 0,
    version             integer not null default 0,
    foreign key (rapid_review_id, partnership_id) references rapid_review (id, partnership_id),
    unique (rapid_review_id, organisation_id),
    check ((submitted_on is null) = (chronology is null))
);
