-- `Admin` beside `admin` would be two accounts that people cannot tell apart (issue 18). Sign-in stays exact.
create unique index users_username_case_insensitive on users (lower(username));
