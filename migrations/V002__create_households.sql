create table households (
    id             bigint generated always as identity primary key,
    community_code varchar(12)  not null references jurisdictions (code),
    address        varchar(300) not null,
    phone          varchar(20),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);

create index households_community on households (community_code);

create table household_members (
    id                bigint generated always as identity primary key,
    household_id      bigint       not null references households (id),
    name              varchar(50)  not null,
    resident_id       varchar(18)     not null,
    relation          varchar(24)  not null,
    birth_date        date         not null,
    sex               varchar(8)   not null check (sex in ('MALE', 'FEMALE')),
    disability_kind   varchar(24),
    disability_grade  integer      check (disability_grade between 1 and 4),
    work_ability      varchar(24)  not null,
    illness           varchar(24)  not null,
    illness_note      varchar(200),
    employment_status varchar(24)  not null,
    student_status    varchar(24)  not null,
    active            boolean      not null default true,
    left_on           date,
    check ((disability_kind is null) = (disability_grade is null))
);

create index household_members_household on household_members (household_id);
-- One person is an active member of one household only (一户一档).
create unique index household_members_one_active_household on household_members (resident_id) where active;
create index household_members_resident_id on household_members (resident_id);

create table income_items (
    id           bigint generated always as identity primary key,
    household_id bigint        not null references households (id),
    member_id    bigint        references household_members (id),
    kind         varchar(24)   not null,
    period_start date          not null,
    period_end   date          not null,
    amount       numeric(12, 2) not null check (amount >= 0),
    note         varchar(200),
    check (period_end >= period_start)
);

create index income_items_household on income_items (household_id);

create table assets (
    id           bigint generated always as identity primary key,
    household_id bigint         not null references households (id),
    member_id    bigint         references household_members (id),
    kind         varchar(24)    not null,
    description  varchar(200)   not null,
    value        numeric(14, 2) not null check (value >= 0)
);

create index assets_household on assets (household_id);

create table rigid_expenses (
    id           bigint generated always as identity primary key,
    household_id bigint         not null references households (id),
    member_id    bigint         references household_members (id),
    kind         varchar(24)    not null,
    period_start date           not null,
    period_end   date           not null,
    amount       numeric(12, 2) not null check (amount >= 0),
    note         varchar(200),
    check (period_end >= period_start)
);

create index rigid_expenses_household on rigid_expenses (household_id);

create table household_documents (
    id           bigint generated always as identity primary key,
    household_id bigint       not null references households (id),
    kind         varchar(40)  not null,
    file_name    varchar(200) not null,
    content_type varchar(40)  not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null
);

create index household_documents_household on household_documents (household_id);
