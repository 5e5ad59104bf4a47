-- One assistance plan per household (一户一计划): goals, family obligations, review date; each change a new version.
create table assistance_plans (
    id                bigint generated always as identity primary key,
    household_id      bigint        not null unique references households (id),
    case_number       varchar(40)   not null references cases (case_number),
    street_code       varchar(12)   not null references jurisdictions (code),
    version           integer       not null,
    goals             jsonb         not null,
    obligations       jsonb         not null,
    review_on         date          not null,
    catalogue_version varchar(40)   not null,
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null,
    updated_by        varchar(64)   not null,
    updated_at        timestamptz   not null
);

-- Measures per member (member_id null: for the whole household), tracked to done / not done with evidence.
create table plan_measures (
    id            bigint generated always as identity primary key,
    plan_id       bigint        not null references assistance_plans (id),
    member_id     bigint        references household_members (id),
    measure_code  varchar(60)   not null,
    help_kind     varchar(20)   not null,
    department    varchar(40)   not null,
    due_on        date          not null,
    status        varchar(10)   not null check (status in ('PLANNED', 'REFERRED', 'DONE', 'NOT_DONE')),
    evidence_note varchar(2000),
    details       jsonb         not null
);

create index plan_measures_plan on plan_measures (plan_id);

-- Every version of a plan as it was, kept forever (the agreement of each version is generated from it).
create table assistance_plan_versions (
    plan_id    bigint       not null references assistance_plans (id),
    version    integer      not null,
    content    jsonb        not null,
    changed_by varchar(64)  not null,
    changed_at timestamptz  not null,
    primary key (plan_id, version)
);

-- 1+N pairing of a grid cadre with households; a reassignment ends the old row, so the history stays.
create table cadre_pairings (
    id            bigint generated always as identity primary key,
    household_id  bigint        not null references households (id),
    cadre         varchar(64)   not null references users (username),
    assigned_by   varchar(64)   not null,
    assigned_at   timestamptz   not null,
    ended_at      timestamptz,
    ended_by      varchar(64),
    end_reason    varchar(500)
);

create unique index cadre_pairings_current on cadre_pairings (household_id) where ended_at is null;
create index cadre_pairings_cadre on cadre_pairings (cadre) where ended_at is null;
