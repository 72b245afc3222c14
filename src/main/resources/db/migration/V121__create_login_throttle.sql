-- Failed logins per client address, shared by every node: once an address has failed `failures` times
-- within the window that its first failure opened, its further login attempts are refused until the
-- window ends (identity.LoginThrottle). On top of the per-account lock-out (account.failed_logins).
--
-- Not scoped to a municipality: an address is not anybody's record, and the attempts it makes may name
-- any municipality's accounts or none. Rows of windows that ended are deleted as new failures come in.
create table login_throttle (
    client_address text primary key,
    window_started timestamptz not null,
    failures       int not null
);

create index login_throttle_window on login_throttle (window_started);
