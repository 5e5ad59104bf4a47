-- The application process's domain records. Process variables only carry their ids and the decisions.

alter table cases
    add column outcome      varchar(60),
    add column outcome_name varchar(100);

-- Assessment of eligibility and benefit (explainable: every test with its inputs and outcome, in result).
create table eligibility_assessments (
    id                     bigint generated always as identity primary key,
    case_number            varchar(40)   not null references cases (case_number),
    round                  integer       not null,
    category               varchar(30)   not null,
    eligible               boolean       not null,
    monthly_benefit        numeric(12, 2) not null,
    result                 jsonb         not null,
    rules_version          varchar(40)   not null,
    parameter_version      varchar(200)  not null,
    verification_report_id bigint,
    assessed_at            timestamptz   not null,
    unique (case_number, round)
);

-- Street first opinions and decisions (county, or street where delegated); one per completed task.
create table case_decisions (
    id                bigint generated always as identity primary key,
    case_number       varchar(40)    not null references cases (case_number),
    task_id           varchar(64)    not null unique,
    kind              varchar(20)    not null check (kind in ('FIRST_OPINION', 'DECISION')),
    level             varchar(10)    not null check (level in ('STREET', 'COUNTY')),
    decision          varchar(10)    not null check (decision in ('APPROVE', 'REFUSE')),
    monthly_benefit   numeric(12, 2),
    start_month       date,
    reasons           jsonb          not null,
    note              varchar(2000),
    assessment_id     bigint references eligibility_assessments (id),
    parameter_version varchar(200),
    decided_by        varchar(64)    not null,
    decided_at        timestamptz    not null
);

create index case_decisions_case on case_decisions (case_number);

-- 公示: what is published holds name, family size and amount only.
create table public_notices (
    id             bigint generated always as identity primary key,
    case_number    varchar(40)  not null references cases (case_number),
    round          integer      not null,
    community_code varchar(20)  not null,
    applicant_name varchar(50)  not null,
    family_size    integer      not null,
    monthly_amount numeric(12, 2) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    status         varchar(12)  not null check (status in ('OPEN', 'ENDED', 'INTERRUPTED')),
    document_id    bigint,
    published_at   timestamptz  not null,
    unique (case_number, round)
);

create table notice_objections (
    id            bigint generated always as identity primary key,
    notice_id     bigint        not null references public_notices (id),
    case_number   varchar(40)   not null,
    objector      varchar(50),
    content       varchar(2000) not null,
    registered_by varchar(64)   not null,
    registered_at timestamptz   not null
);

-- Enrolment of an approved household: benefit from the month after approval, next review date.
create table enrolments (
    id              bigint generated always as identity primary key,
    household_id    bigint         not null references households (id),
    case_number     varchar(40)    not null unique references cases (case_number),
    category        varchar(30)    not null,
    monthly_benefit numeric(12, 2) not null,
    start_month     date           not null,
    next_review_on  date           not null,
    status          varchar(10)    not null check (status in ('ACTIVE', 'ENDED')),
    decision_id     bigint         not null references case_decisions (id),
    enrolled_at     timestamptz    not null
);

-- Decisions a street made under delegation, filed with the county.
create table county_filings (
    id            bigint generated always as identity primary key,
    case_number   varchar(40) not null unique references cases (case_number),
    decision_id   bigint      not null references case_decisions (id),
    district_code varchar(20) not null,
    filed_at      timestamptz not null
);

create table case_terminations (
    case_number   varchar(40)   primary key references cases (case_number),
    reason        varchar(1000) not null,
    terminated_by varchar(64)   not null,
    terminated_at timestamptz   not null
);

-- Periods that do not count toward a case's time limit (e.g. 公示 where local rules say so).
create table case_clock_pauses (
    id          bigint generated always as identity primary key,
    case_number varchar(40)  not null references cases (case_number),
    from_day    date         not null,
    to_day      date         not null,
    reason      varchar(200) not null,
    check (to_day >= from_day)
);

create index case_clock_pauses_case on case_clock_pauses (case_number);

-- A case past its total time limit goes on the county's list too.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
    check (kind in ('DUE_SOON', 'OVERDUE', 'CASE_OVERDUE'));
