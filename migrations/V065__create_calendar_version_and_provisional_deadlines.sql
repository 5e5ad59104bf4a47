-- The calendar's version: bumped in the transaction that changes a year, read once per transaction by every node
-- that computes deadlines, so that no node goes on computing on a year another node has since replaced.
create table calendar_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into calendar_version (id, version) values (true, 0);

-- Deadlines computed on a provisional year (statutory holidays only, the official schedule not yet entered): the
-- task due dates, case time limits and temporary-aid paperwork deadlines that entering the official schedule of
-- one of `years` (the years the deadline counts over) recomputes. `provisional` while one of them is still
-- provisional; a recomputed row stays (false) while its owner is open, so that entering the year again (a
-- correction) recomputes it again. `started_at` is what the deadline counts from; `due` and `follow_up` what was
-- computed (a follow-up date the user has since changed is kept). `step` names the user task whose due date the
-- process takes from this deadline (the paperwork task), so that the task shows it as provisional too.
create table provisional_deadlines (
    kind        varchar(20) not null check (kind in ('TASK', 'CASE_TIME_LIMIT', 'AID_PAPERWORK')),
    ref         varchar(64) not null,
    case_number varchar(40),
    step        varchar(100),
    years       integer[]   not null,
    provisional boolean     not null,
    started_at  timestamptz not null,
    due         timestamptz not null,
    follow_up   timestamptz,
    computed_at timestamptz not null,
    primary key (kind, ref)
);
create index provisional_deadlines_years on provisional_deadlines using gin (years);
create index provisional_deadlines_case on provisional_deadlines (case_number);
