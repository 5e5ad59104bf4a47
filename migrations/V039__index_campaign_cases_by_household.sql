-- A campaign's batch asks, for each enrolment, whether the campaign already reviews the household (resuming after
-- a crash must not start a second review). With only campaign_id indexed that check reads every case of the
-- campaign, so each batch cost grew with the campaign; (campaign_id, household_id) answers it in one probe.
create index cases_campaign_household on cases (campaign_id, household_id) where campaign_id is not null;
drop index cases_campaign;
