-- The statutory time limit of the whole case in working days (30, extendable to 45 with a recorded reason).
alter table cases add column due_on date;
alter table cases add column time_limit_working_days integer;
alter table cases add column extension_reason varchar(500);
