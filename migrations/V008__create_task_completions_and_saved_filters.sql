-- Completed tasks by id, so a second submission of the same completion is answered as done, not as an error.
create table task_completions (
    task_id      varchar(64)  primary key,
    username     varchar(64)  not null,
    case_number  varchar(40),
    completed_at timestamptz  not null
);

-- Inbox filters a user saved, for themself or shared with one of their candidate groups.
create table saved_task_filters (
    id           bigint generated always as identity primary key,
    owner        varchar(64)   not null references users (username),
    name         varchar(50)   not null,
    filter       jsonb         not null,
    shared_group varchar(120),
    created_at   timestamptz   not null,
    unique (owner, name)
);

create index saved_task_filters_group on saved_task_filters (shared_group) where shared_group is not null;
