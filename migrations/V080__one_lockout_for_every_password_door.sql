-- One lockout for every password door (API sign-in, HTTP basic on /engine-rest, the engine webapps' login),
-- counted atomically on the user's row: a check is reserved by one conditional update before the password is
-- compared, so a concurrent burst checks at most the limit.
alter table users
    add column failed_logins              integer     not null default 0,
    add column logins_in_flight           integer     not null default 0,
    add column failure_window_started_at  timestamptz,
    -- Set by an administrator's password reset: the user must choose a new password at the next sign-in.
    add column must_change_password       boolean     not null default false;

-- The per-failure rows are replaced by the counters above.
drop table login_failures;
