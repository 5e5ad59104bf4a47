-- Deployments made by process managers (the shipped files deploy at start-up): who, when, why.
create table process_deployments (
    deployment_id varchar(64)   primary key,
    change_note   varchar(1000) not null,
    files         jsonb         not null,
    deployed_by   varchar(64)   not null,
    deployed_at   timestamptz   not null
);
