-- The engine keeps its own tables in schema operaton; it must exist before the engine starts.
create schema if not exists operaton;

create table jurisdictions (
    code        varchar(12)  primary key,
    parent_code varchar(12)  references jurisdictions (code),
    level       varchar(16)  not null check (level in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY')),
    name        varchar(100) not null,
    -- Materialised path of codes ("110000/110105/110105001/") so a subtree is one prefix match.
    path        varchar(200) not null unique
);

create index jurisdictions_parent on jurisdictions (parent_code);
create index jurisdictions_path on jurisdictions (path varchar_pattern_ops);

create table seed_versions (
    name      varchar(64)  primary key,
    version   varchar(64)  not null,
    loaded_at timestamptz  not null
);
