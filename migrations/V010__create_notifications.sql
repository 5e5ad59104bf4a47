-- Escalations and reminders addressed to a candidate group (e.g. street-head:110105001). One per task and kind,
-- so a watch that runs twice, or on two nodes, notifies once.
create table notifications (
    id            bigint generated always as identity primary key,
    recipient     varchar(120) not null,
    kind          varchar(24)  not null check (kind in ('DUE_SOON', 'OVERDUE')),
    task_id       varchar(64)  not null,
    case_number   varchar(40),
    step          varchar(100),
    due           timestamptz,
    created_at    timestamptz  not null,
    unique (task_id, kind)
);

create index notifications_recipient on notifications (recipient, created_at desc);

create table notification_reads (
    notification_id bigint      not null references notifications (id),
    username        varchar(64) not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);
