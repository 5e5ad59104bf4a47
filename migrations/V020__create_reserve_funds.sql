-- The street's reserve fund (备用金) for emergency temporary aid. The fund row carries the running balance and is
-- the row a payment locks; the entries are the ledger (top-ups positive, payments negative), so the balance is
-- always the sum of the entries and a check keeps it from going below zero.
create table reserve_funds (
    street_code varchar(12)    primary key references jurisdictions (code),
    balance     numeric(14, 2) not null default 0 check (balance >= 0),
    updated_at  timestamptz    not null
);

create table reserve_fund_entries (
    id            bigint generated always as identity primary key,
    street_code   varchar(12)    not null references reserve_funds (street_code),
    kind          varchar(16)    not null check (kind in ('TOP_UP', 'PAYMENT')),
    amount        numeric(14, 2) not null,
    balance_after numeric(14, 2) not null check (balance_after >= 0),
    -- A replayed payment job finds its entry by this key and pays nothing more.
    payment_key   varchar(100)   unique,
    case_number   varchar(40),
    reason        varchar(500),
    recorded_by   varchar(64)    not null,
    recorded_at   timestamptz    not null,
    constraint reserve_fund_entries_signed check ((kind = 'TOP_UP' and amount > 0 and payment_key is null)
        or (kind = 'PAYMENT' and amount < 0 and payment_key is not null))
);

create index reserve_fund_entries_street_time on reserve_fund_entries (street_code, recorded_at, id);

create function refuse_reserve_fund_entry_change() returns trigger language plpgsql as $$
begin
    raise exception 'reserve_fund_entries is append-only';
end;
$$;

create trigger reserve_fund_entries_append_only before update or delete on reserve_fund_entries
    for each row execute function refuse_reserve_fund_entry_change();
