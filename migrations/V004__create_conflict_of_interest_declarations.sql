-- Staff declare their close relatives; an application by such a relative is registered separately (单独登记备案).
create table conflict_of_interest_declarations (
    id                    bigint generated always as identity primary key,
    staff_name            varchar(50)  not null,
    staff_role            varchar(32)  not null check (staff_role in ('CASEWORKER', 'COMMUNITY_COMMITTEE')),
    staff_jurisdiction    varchar(12)  not null references jurisdictions (code),
    relative_name         varchar(50)  not null,
    relative_resident_id  varchar(18)     not null,
    relation              varchar(32)  not null,
    declared_at           timestamptz  not null,
    active                boolean      not null default true
);

create index conflict_declarations_relative on conflict_of_interest_declarations (relative_resident_id) where active;

create table case_conflicts (
    case_id        bigint       not null references cases (id),
    declaration_id bigint       not null references conflict_of_interest_declarations (id),
    member_id      bigint       not null references household_members (id),
    primary key (case_id, declaration_id, member_id)
);
