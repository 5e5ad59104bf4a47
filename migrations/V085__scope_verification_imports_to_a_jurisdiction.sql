-- The jurisdiction an extract was imported for: the subtree of the importer (a county auditor's district, the city
-- for an admin or the system). For a person, a source answers from the newest extract whose jurisdiction contains
-- the person's household; an extract of another district never counts for them.
alter table verification_imports add column jurisdiction_code varchar(12) references jurisdictions (code);

-- Extracts imported before: the importer's own node where the importer is a user, else the root of the tree.
update verification_imports i
   set jurisdiction_code = coalesce(
         (select u.jurisdiction_code from users u where u.username = i.imported_by),
         (select j.code from jurisdictions j where j.parent_code is null order by j.code limit 1));

alter table verification_imports alter column jurisdiction_code set not null;
