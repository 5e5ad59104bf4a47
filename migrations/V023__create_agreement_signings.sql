-- How each agreement version was signed (paper with the signed scan, or tablet with the drawn signature; both
-- parties; date) or refused with the reason; the plan is active from a signed version on.
create table agreement_signings (
    id             bigint generated always as identity primary key,
    plan_id        bigint        not null references assistance_plans (id),
    plan_version   integer       not null,
    case_number    varchar(40)   not null,
    outcome        varchar(10)   not null check (outcome in ('SIGNED', 'REFUSED')),
    method         varchar(10)   check (method in ('PAPER', 'TABLET')),
    family_signer  varchar(50),
    street_signer  varchar(50),
    signed_on      date,
    refusal_reason varchar(2000),
    recorded_at    timestamptz   not null,
    unique (plan_id, plan_version)
);

alter table assistance_plans
    add column status         varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE')),
    add column active_version integer;
