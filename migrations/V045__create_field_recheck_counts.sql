-- 特困 county field re-checks (DOMAIN.md: the county decides 特困 "with random field re-checks of >= 30% of cases";
-- share: policy parameter tekun.recheckShare). Per county (district) and calendar month: how many 特困 cases reached
-- the selection step and how many were selected. The worker locks the month's row while it decides a case, so two
-- cases of one county decided at the same moment see each other's count and the guaranteed minimum holds.
create table field_recheck_months (
    district_code varchar(12) not null references jurisdictions (code),
    month         date        not null check (extract(day from month) = 1),
    cases         integer     not null default 0 check (cases >= 0),
    selected      integer     not null default 0 check (selected between 0 and cases),
    primary key (district_code, month)
);

-- The decision per case, kept once: a job delivered again finds it and counts nothing twice. reason: MINIMUM (selected
-- because the month's share would otherwise fall below the minimum), DRAWN (selected by the keyed draw), NOT_DRAWN.
create table field_recheck_selections (
    case_number   varchar(40)  primary key references cases (case_number),
    district_code varchar(12)  not null,
    month         date         not null,
    position      integer      not null check (position >= 1),
    selected      boolean      not null,
    reason        varchar(16)  not null check (reason in ('MINIMUM', 'DRAWN', 'NOT_DRAWN')),
    minimum_share numeric(5, 4) not null,
    decided_at    timestamptz  not null,
    foreign key (district_code, month) references field_recheck_months (district_code, month),
    unique (district_code, month, position)
);
