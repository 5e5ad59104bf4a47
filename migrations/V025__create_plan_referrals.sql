-- One referral (转办) per plan measure another department delivers, tracked by its own agreement-referral process
-- (so tracking goes on after the case has closed). The department's answer is kept with who entered it: the
-- department's officer (DEPARTMENT) or the street's caseworker from a paper reply (STREET).
create table plan_referrals (
    id                  bigint generated always as identity primary key,
    plan_id             bigint        not null references assistance_plans (id),
    measure_id          bigint        not null,
    measure_code        varchar(60)   not null,
    plan_version        integer       not null,
    case_number         varchar(40)   not null,
    household_id        bigint        not null references households (id),
    street_code         varchar(12)   not null references jurisdictions (code),
    department          varchar(40)   not null,
    process_instance_id varchar(64),
    created_at          timestamptz   not null,
    referred_at         timestamptz,
    due_at              timestamptz,
    delivered           boolean,
    answer_note         varchar(2000),
    answered_by         varchar(100),
    answered_on         date,
    entered_by          varchar(64),
    entered_as          varchar(12)   check (entered_as in ('DEPARTMENT', 'STREET')),
    entered_at          timestamptz,
    closed_at           timestamptz
);

-- A measure has at most one open referral (a replayed start creates none).
create unique index plan_referrals_open_measure on plan_referrals (measure_id) where closed_at is null;
create index plan_referrals_inbox on plan_referrals (department, street_code) where closed_at is null;
