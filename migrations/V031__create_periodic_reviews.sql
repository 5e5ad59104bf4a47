-- Periodic review (定期核查): a review is a case of the household (same case table, numbering and timeline) with a
-- reason; its proposal, decisions and the changes it made to the enrolment are kept here.

create table review_campaigns (
    id            bigint generated always as identity primary key,
    name          varchar(100) not null,
    district_code varchar(12)  not null references jurisdictions (code),
    street_code   varchar(12)  references jurisdictions (code),
    category      varchar(24),
    due_month     date,
    status        varchar(10)  not null check (status in ('STARTING', 'STARTED')),
    selected      integer      not null default 0,
    launched_by   varchar(64)  not null,
    launched_at   timestamptz  not null
);

alter table cases
    add column review_reason varchar(24)
        check (review_reason in ('SCHEDULED', 'CAMPAIGN', 'REPORTED_CHANGE', 'DEATH', 'DATA_MATCH',
                                 'RIGID_EXPENSE_EXPIRY', 'WORK_REFUSAL')),
    add column campaign_id bigint references review_campaigns (id),
    add column enrolment_id bigint references enrolments (id);

-- One open application per household and category, as before; reviews are counted apart.
drop index cases_one_open_per_household_category;
create unique index cases_one_open_per_household_category on cases (household_id, category)
    where status = 'OPEN' and review_reason is null;
-- A household whose review is running gets no second review of the same kind.
create unique index cases_one_open_review_per_household_reason on cases (household_id, review_reason)
    where status = 'OPEN' and review_reason is not null;
create index cases_campaign on cases (campaign_id) where campaign_id is not null;

alter table enrolments
    drop constraint enrolments_status_check,
    add constraint enrolments_status_check check (status in ('ACTIVE', 'GRADUAL_EXIT', 'ENDED')),
    add column gradual_exit_until date,
    add column ended_on date,
    alter column status type varchar(12);

create index enrolments_due on enrolments (next_review_on, id) where status in ('ACTIVE', 'GRADUAL_EXIT');

-- The automatic proposal of a review, explained.
create table review_proposals (
    id                     bigint generated always as identity primary key,
    case_number            varchar(40)    not null unique references cases (case_number),
    enrolment_id           bigint         not null references enrolments (id),
    outcome                varchar(12)    not null
        check (outcome in ('UNCHANGED', 'INCREASE', 'DECREASE', 'STOP', 'GRADUAL_EXIT')),
    current_benefit        numeric(12, 2) not null,
    proposed_benefit       numeric(12, 2) not null,
    material_change        boolean        not null,
    explanation            jsonb          not null,
    assessment_id          bigint references eligibility_assessments (id),
    verification_report_id bigint,
    proposed_at            timestamptz    not null
);

-- The street's confirmation or the county's decision on a review; one per completed task.
create table review_decisions (
    id              bigint generated always as identity primary key,
    case_number     varchar(40)    not null references cases (case_number),
    task_id         varchar(64)    not null unique,
    level           varchar(10)    not null check (level in ('STREET', 'COUNTY')),
    outcome         varchar(12)    not null
        check (outcome in ('UNCHANGED', 'INCREASE', 'DECREASE', 'STOP', 'GRADUAL_EXIT')),
    monthly_benefit numeric(12, 2) not null,
    reasons         jsonb          not null,
    note            varchar(2000),
    decided_by      varchar(64)    not null,
    decided_at      timestamptz    not null
);

create index review_decisions_case on review_decisions (case_number);

-- What a review changed on the enrolment (one row per review and kind: the decision, the end of a gradual exit).
create table enrolment_changes (
    id              bigint generated always as identity primary key,
    enrolment_id    bigint         not null references enrolments (id),
    case_number     varchar(40)    not null references cases (case_number),
    kind            varchar(20)    not null check (kind in ('REVIEW_DECISION', 'GRADUAL_EXIT_ENDED')),
    outcome         varchar(12)    not null,
    old_benefit     numeric(12, 2) not null,
    new_benefit     numeric(12, 2) not null,
    effective_month date           not null,
    next_review_on  date,
    changed_at      timestamptz    not null,
    unique (case_number, kind)
);

-- Suitable job offers made to a member able to work (recorded on the plan); 3 refusals in a row start a review.
create table job_offers (
    id           bigint generated always as identity primary key,
    household_id bigint        not null references households (id),
    member_id    bigint        not null references household_members (id),
    offered_on   date          not null,
    employer     varchar(100)  not null,
    position     varchar(100)  not null,
    refused      boolean       not null,
    note         varchar(500),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);

create index job_offers_member on job_offers (member_id, offered_on desc, id desc);
