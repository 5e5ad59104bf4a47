-- How many working days each human step may take, per jurisdiction (inherited down the tree, overridable below)
-- and effective-dated. A task's due date is computed from the newest row in force for the nearest jurisdiction.
create table step_slas (
    id                bigint generated always as identity primary key,
    jurisdiction_code varchar(12)  not null references jurisdictions (code),
    process_key       varchar(100) not null,
    step_id           varchar(100) not null,
    working_days      integer      not null check (working_days between 0 and 365),
    effective_from    date         not null,
    unique (jurisdiction_code, process_key, step_id, effective_from)
);
