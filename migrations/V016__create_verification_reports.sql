-- The verification report of a case and round (round 2 is the re-check after a contest). The report is a
-- document: what each source said per member, what the household declared, and the discrepancies.
create table verification_reports (
    id                bigint generated always as identity primary key,
    case_number       varchar(40)    not null,
    round             integer        not null check (round >= 1),
    household_id      bigint         not null references households (id),
    as_of             date           not null,
    passed            boolean        not null,
    discrepancy_count integer        not null,
    tolerance_yuan    numeric(12, 2) not null,
    content           jsonb          not null,
    created_at        timestamptz    not null,
    constraint verification_reports_one_per_round unique (case_number, round)
);

create index verification_reports_household on verification_reports (household_id);
