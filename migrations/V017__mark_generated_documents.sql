-- Documents the system generates (receipts, reports, notices) are kept in the household file like uploads, but
-- each exists once per case, kind, step and task: generating it again (a replayed job, a retried request) finds
-- the stored one instead of adding a second copy.
alter table household_documents
    add column system_generated boolean not null default false;

create unique index household_documents_generated_once
    on household_documents (case_number, kind, coalesce(step, ''), coalesce(task_id, ''))
    where system_generated;

alter table household_documents
    add constraint household_documents_generated_in_case check (not system_generated or case_number is not null);
