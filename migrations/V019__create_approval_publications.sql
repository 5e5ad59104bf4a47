-- After approval the household is published (公布) with name, family size, category and amount only.
create table approval_publications (
    id             bigint generated always as identity primary key,
    case_number    varchar(40)    not null unique references cases (case_number),
    community_code varchar(20)    not null,
    category       varchar(30)    not null,
    applicant_name varchar(50)    not null,
    family_size    integer        not null,
    monthly_amount numeric(12, 2) not null,
    published_on   date           not null
);

create index approval_publications_community on approval_publications (community_code, published_on);
