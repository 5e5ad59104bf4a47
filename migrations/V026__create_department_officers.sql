-- The department a department officer (部门经办, role department-officer) works for. With the officer's jurisdiction
-- node (e.g. the district whose bureau they work in) it decides which referrals they see and answer.
create table department_officers (
    username    varchar(64)  primary key references users (username),
    department  varchar(40)  not null,
    assigned_by varchar(64)  not null,
    assigned_at timestamptz  not null
);

alter table user_roles drop constraint user_roles_role_check;
alter table user_roles add constraint user_roles_role_check check (role in ('window-clerk', 'caseworker',
    'street-reviewer', 'street-head', 'county-approver', 'county-auditor', 'grid-cadre', 'process-manager', 'admin',
    'department-officer'));
