-- A failed temporary-aid payment has a way out (issue 17): the payee changed to another active member of the aided
-- person's household (proposed by one user, approved by another), or the request closed unpaid with its reason.

-- Who each attempt paid (or tried to pay): the applicant, or the payee of the last approved change.
alter table temporary_aid_payments add column payee_member_id bigint references household_members (id);
update temporary_aid_payments p set payee_member_id = c.applicant_member_id
from cases c where c.case_number = p.case_number;
alter table temporary_aid_payments alter column payee_member_id set not null;

-- A change of payee: proposed at the failed-payment step, decided at the approval step by another user (four-eyes,
-- enforced by the service and here). At most one change of a case awaits its decision.
create table temporary_aid_payee_changes (
    id               bigint generated always as identity primary key,
    case_number      varchar(40)   not null references cases (case_number),
    from_member_id   bigint        not null references household_members (id),
    to_member_id     bigint        not null references household_members (id),
    reason           varchar(1000) not null,
    proposal_task_id varchar(64)   not null unique,
    proposed_by      varchar(64)   not null,
    proposed_at      timestamptz   not null,
    status           varchar(10)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    decision_task_id varchar(64)   unique,
    decided_by       varchar(64),
    decided_at       timestamptz,
    opinion          varchar(1000),
    constraint temporary_aid_payee_changes_other_member check (from_member_id <> to_member_id),
    constraint temporary_aid_payee_changes_decided check ((status = 'PROPOSED') = (decided_by is null)
        and (decided_by is null) = (decided_at is null) and (decided_by is null) = (decision_task_id is null)),
    constraint temporary_aid_payee_changes_four_eyes check (decided_by is null or decided_by <> proposed_by)
);

create unique index temporary_aid_payee_changes_one_pending on temporary_aid_payee_changes (case_number)
    where status = 'PROPOSED';
create index temporary_aid_payee_changes_case on temporary_aid_payee_changes (case_number, id);

-- A request closed unpaid at the failed-payment step: who closed it, when and why. A closed request is never paid.
alter table temporary_aid_requests add column closed_at timestamptz;
alter table temporary_aid_requests add column closed_by varchar(64);
alter table temporary_aid_requests add column close_reason varchar(1000);
alter table temporary_aid_requests add constraint temporary_aid_requests_closure_explained
    check ((closed_at is null) = (closed_by is null) and (closed_at is null) = (close_reason is null));
