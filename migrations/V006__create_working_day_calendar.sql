-- The working-day calendar: which years are known, and the days that differ from Monday-to-Friday:
-- public holidays (HOLIDAY) and weekend days made working days (WORKDAY, 调休). A year not listed here is
-- unknown, and deadlines that reach into it are refused rather than computed on weekends alone.
create table calendar_years (
    year       integer      primary key check (year between 2000 and 2100),
    source     varchar(200) not null,
    updated_by varchar(64)  not null,
    updated_at timestamptz  not null
);

create table calendar_days (
    day  date        primary key,
    kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(50) not null
);
