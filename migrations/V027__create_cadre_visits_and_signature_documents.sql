-- Visits of a grid cadre to a household (走访): when, where, what was found; photos are household documents.
create table cadre_visits (
    id           bigint generated always as identity primary key,
    household_id bigint        not null references households (id),
    visited_on   date          not null,
    place        varchar(200)  not null,
    notes        varchar(2000) not null,
    visitor      varchar(64)   not null references users (username),
    recorded_at  timestamptz   not null
);

create index cadre_visits_household on cadre_visits (household_id, visited_on desc);

create table cadre_visit_photos (
    visit_id    bigint not null references cadre_visits (id),
    document_id bigint not null references household_documents (id),
    primary key (visit_id, document_id)
);

-- The signed agreement as kept in the household file: the scan of the paper signed by both parties, or the two
-- signatures drawn on a tablet (PNG).
alter table agreement_signings
    add column scan_document_id             bigint references household_documents (id),
    add column family_signature_document_id bigint references household_documents (id),
    add column street_signature_document_id bigint references household_documents (id);
