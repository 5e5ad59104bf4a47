-- Local policy parameters (低保 standard, factors, asset limits, time limits ...), per jurisdiction (inherited down
-- the tree, overridable below) and effective-dated. Append-only: a new row supersedes an older one from its date,
-- so every past assessment can name exactly the rows it used.
create table policy_parameters (
    id                bigint generated always as identity primary key,
    jurisdiction_code varchar(12)  not null references jurisdictions (code),
    code              varchar(64)  not null,
    value             varchar(100) not null,
    effective_from    date         not null,
    reason            varchar(500) not null,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null
);

create index policy_parameters_lookup on policy_parameters (code, jurisdiction_code, effective_from);

create function refuse_policy_parameter_change() returns trigger language plpgsql as $$
begin
    raise exception 'policy_parameters is append-only: add a row effective from a date instead';
end;
$$;

create trigger policy_parameters_append_only before update or delete on policy_parameters
    for each row execute function refuse_policy_parameter_change();

-- Step limits set through the policy API carry who set them and why, like parameters (seed rows have none).
alter table step_slas add column reason varchar(500);
alter table step_slas add column created_by varchar(64);
alter table step_slas add column created_at timestamptz;
