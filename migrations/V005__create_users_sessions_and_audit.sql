create table users (
    username            varchar(64)  primary key,
    display_name        varchar(50)  not null,
    password_hash       varchar(100) not null,
    jurisdiction_code   varchar(12)  not null references jurisdictions (code),
    -- Locked by an administrator until unlocked.
    locked              boolean      not null default false,
    -- Locked by too many failed logins until then.
    locked_until        timestamptz,
    password_changed_at timestamptz  not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0
);

create table user_roles (
    username varchar(64) not null references users (username),
    role     varchar(32) not null check (role in ('window-clerk', 'caseworker', 'street-reviewer', 'street-head',
                 'county-approver', 'county-auditor', 'grid-cadre', 'process-manager', 'admin')),
    primary key (username, role)
);

create table login_failures (
    id        bigint generated always as identity primary key,
    username  varchar(64) not null,
    failed_at timestamptz not null
);

create index login_failures_recent on login_failures (username, failed_at);

create table auth_sessions (
    id                 uuid         primary key,
    username           varchar(64)  not null references users (username),
    refresh_token_hash char(64)     not null unique,
    created_at         timestamptz  not null,
    expires_at         timestamptz  not null,
    revoked_at         timestamptz
);

create index auth_sessions_user on auth_sessions (username);

-- Who did what, when, from where. Append-only: the trigger below refuses every update, delete and truncate.
create table audit_events (
    id                bigint generated always as identity primary key,
    occurred_at       timestamptz  not null,
    username          varchar(64),
    ip                varchar(64),
    action            varchar(48)  not null,
    entity_type       varchar(40),
    entity_id         varchar(64),
    case_number       varchar(40),
    jurisdiction_code varchar(12),
    before            jsonb,
    after             jsonb
);

create index audit_events_occurred on audit_events (occurred_at desc);
create index audit_events_case on audit_events (case_number) where case_number is not null;
create index audit_events_user on audit_events (username, occurred_at desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only';
end;
$$;

create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function refuse_audit_change();
create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function refuse_audit_change();

-- Who took part in a case in a way that bars them from approving it (separation of duties).
create table case_participants (
    case_id  bigint      not null references cases (id),
    username varchar(64) not null,
    part     varchar(24) not null check (part in ('ACCEPTED', 'INVESTIGATED')),
    primary key (case_id, username, part)
);
