create table cases (
    id                       bigint generated always as identity primary key,
    case_number              varchar(40)  not null unique,
    category                 varchar(24)  not null,
    street_code              varchar(12)  not null references jurisdictions (code),
    household_id             bigint       not null references households (id),
    applicant_member_id      bigint       not null references household_members (id),
    agent_name               varchar(50),
    agent_resident_id        varchar(18),
    agent_relation           varchar(50),
    truth_pledge_signed      boolean      not null,
    verification_consent     boolean      not null,
    status                   varchar(16)  not null check (status in ('OPEN', 'CLOSED')),
    conflict_of_interest     boolean,
    process_instance_id      varchar(64),
    accepted_at              timestamptz  not null,
    closed_at                timestamptz,
    version                  bigint       not null default 0
);

create index cases_household on cases (household_id);
create index cases_street on cases (street_code);
-- At most one open case per household and category; the intake checks first for a friendly error,
-- this index is what holds under concurrency.
create unique index cases_one_open_per_household_category on cases (household_id, category) where status = 'OPEN';

create table case_materials (
    case_id       bigint      not null references cases (id),
    material_code varchar(48) not null,
    primary key (case_id, material_code)
);

create table case_events (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references cases (id),
    occurred_at timestamptz  not null,
    type        varchar(48)  not null,
    step        varchar(100),
    actor       varchar(64),
    detail      varchar(1000),
    -- A key per effect, so a replayed job or listener records it once.
    event_key   varchar(200) not null,
    unique (case_id, event_key)
);

create table case_number_counters (
    street_code varchar(12) not null references jurisdictions (code),
    year        integer     not null,
    last_value  integer     not null,
    primary key (street_code, year)
);

create table idempotency_keys (
    idempotency_key varchar(100) primary key,
    request_hash    char(64)     not null,
    case_id         bigint       not null references cases (id),
    created_at      timestamptz  not null
);
