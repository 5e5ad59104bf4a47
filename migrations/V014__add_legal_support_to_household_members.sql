-- Whether a member has a legal supporter (法定赡养、抚养、扶养义务人) able to support them: NONE (no supporter),
-- UNABLE (supporters exist but cannot support), ABLE. Null = not recorded yet. The 特困 test needs it.
alter table household_members add column legal_support varchar(16)
    check (legal_support in ('NONE', 'UNABLE', 'ABLE'));
