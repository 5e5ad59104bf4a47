-- An Idempotency-Key is the window's own: the same key at another street is another request (issue 18).
alter table idempotency_keys add column street_code varchar(12) references jurisdictions (code);
update idempotency_keys k set street_code = c.street_code from cases c where c.id = k.case_id;
alter table idempotency_keys alter column street_code set not null;
alter table idempotency_keys drop constraint idempotency_keys_pkey;
alter table idempotency_keys add constraint idempotency_keys_pkey primary key (street_code, idempotency_key);
