-- Extracts received from other departments for economic verification (家庭经济状况核对), one row per imported
-- file. The same file (source + SHA-256) is imported once; re-sending it returns the existing import.
create table verification_imports (
    id           bigint generated always as identity primary key,
    source       varchar(32)  not null,
    extract_date date         not null,
    sha256       varchar(64)  not null,
    file_name    varchar(200) not null,
    rows         integer      not null,
    imported_by  varchar(64)  not null,
    imported_at  timestamptz  not null,
    constraint verification_imports_one_per_file unique (source, sha256)
);

create index verification_imports_source_date on verification_imports (source, extract_date);

-- One line of an extract, keyed by resident ID. amount: monthly income for INCOME items, value for ASSET items.
create table verification_records (
    id          bigint generated always as identity primary key,
    import_id   bigint        not null references verification_imports (id),
    line        integer       not null,
    resident_id varchar(18)   not null,
    category    varchar(16)   not null check (category in ('INCOME', 'ASSET', 'STATUS', 'INFO')),
    kind        varchar(32)   not null,
    amount      numeric(14, 2),
    period      varchar(10),
    description varchar(300),
    details     jsonb         not null
);

create index verification_records_resident on verification_records (resident_id, import_id);
create index verification_records_import on verification_records (import_id);
