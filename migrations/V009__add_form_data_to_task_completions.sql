-- What was entered in a step's form; domain data stays here, not in process variables.
alter table task_completions add column data jsonb;
alter table task_completions add column step varchar(100);
