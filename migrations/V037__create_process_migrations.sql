-- Migrations of running instances between versions started by process managers; the engine's batch does the work,
-- this row remembers what was asked, which instances went into the batch and which stayed behind and why.
create table process_migrations (
    id                   bigserial    primary key,
    batch_id             varchar(64)  not null,
    source_definition_id varchar(128) not null,
    target_definition_id varchar(128) not null,
    instructions         jsonb        not null,
    instances            jsonb        not null,
    skipped              jsonb        not null,
    started_by           varchar(64)  not null,
    started_at           timestamptz  not null
);
