-- Temporary aid (临时救助): what was asked for, keyed by case. Recorded by the window (or, where it did not, from
-- the street's first step by the repeat check); the repeat check's outcome is kept with it.
create table temporary_aid_requests (
    case_number      varchar(40)    primary key references cases (case_number),
    street_code      varchar(12)    not null references jurisdictions (code),
    aid_type         varchar(16)    not null check (aid_type in ('EMERGENCY', 'EXPENDITURE')),
    reason           varchar(16)    not null
        check (reason in ('ACCIDENT', 'SUDDEN_ILLNESS', 'DISASTER', 'SPENDING_SHOCK', 'OTHER')),
    reason_detail    varchar(500),
    amount_requested numeric(12, 2) not null check (amount_requested > 0),
    aid_form         varchar(16)    not null check (aid_form in ('CASH', 'GOODS', 'REFERRAL')),
    recorded_by      varchar(64)    not null,
    recorded_at      timestamptz    not null,
    -- Set by the check-repeated-aid-reason worker: the earlier aid of the same person for the same reason.
    repeat_checked_at timestamptz,
    repeat_of_case   varchar(40),
    constraint temporary_aid_requests_other_explained check (reason <> 'OTHER' or reason_detail is not null)
);

create index temporary_aid_requests_reason on temporary_aid_requests (reason, recorded_at);

-- Payments of temporary aid: from the street's reserve fund (with its ledger entry) or by the county (outside the
-- fund). One row per payment key, so a replayed job pays nothing twice; a failed attempt keeps its reason.
create table temporary_aid_payments (
    id                     bigint generated always as identity primary key,
    case_number            varchar(40)    not null references cases (case_number),
    payment_key            varchar(120)   not null unique,
    source                 varchar(16)    not null check (source in ('RESERVE_FUND', 'COUNTY')),
    stage                  integer        not null check (stage >= 1),
    amount                 numeric(12, 2) not null check (amount > 0),
    status                 varchar(8)     not null check (status in ('PAID', 'FAILED')),
    failure_reason         varchar(500),
    reserve_fund_entry_id  bigint references reserve_fund_entries (id),
    recorded_by            varchar(64)    not null,
    recorded_at            timestamptz    not null,
    constraint temporary_aid_payments_failure_explained check (status = 'PAID' or failure_reason is not null)
);

create index temporary_aid_payments_case on temporary_aid_payments (case_number, stage);

-- One approval paid in stages: the approved amount split into dated instalments; their sum is the approved
-- amount, and a stage is paid at most once (its payment row).
create table temporary_aid_instalments (
    case_number  varchar(40)    not null references cases (case_number),
    stage        integer        not null check (stage >= 1),
    amount       numeric(12, 2) not null check (amount > 0),
    due_on       date           not null,
    payment_id   bigint references temporary_aid_payments (id),
    primary key (case_number, stage)
);

-- The filing (备案) of a paid emergency case with the county: the summary the county needs, as it was filed.
-- Review and paperwork status are read from the case's completed steps.
create table temporary_aid_filings (
    id               bigint generated always as identity primary key,
    case_number      varchar(40)    not null unique references cases (case_number),
    street_code      varchar(12)    not null references jurisdictions (code),
    district_code    varchar(12)    not null references jurisdictions (code),
    person_name      varchar(50)    not null,
    person_id_masked varchar(18)    not null,
    aid_type         varchar(16)    not null,
    reason           varchar(16)    not null,
    reason_detail    varchar(500),
    aid_form         varchar(16)    not null,
    amount_paid      numeric(12, 2) not null,
    paid_at          timestamptz    not null,
    paperwork_due_at timestamptz,
    filed_at         timestamptz    not null
);

create index temporary_aid_filings_district on temporary_aid_filings (district_code, filed_at desc);

-- Overdue emergency paperwork notifies the street head (the county's approvers get the task's OVERDUE notice).
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
    check (kind in ('DUE_SOON', 'OVERDUE', 'CASE_OVERDUE', 'PAPERWORK_OVERDUE'));
