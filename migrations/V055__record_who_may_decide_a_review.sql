-- Who may decide a review follows its automatic proposal: the proposal keeps whether the street could confirm it
-- (review.streetMayConfirm in force when it was made), and a street decision that the rules do not let the street
-- take (anything but the proposal itself, or any decrease, stop or gradual exit) is kept as the street's opinion
-- that goes on to the county, not as the decision the review ends with.
alter table review_proposals add column street_may_confirm boolean not null default false;

alter table review_decisions add column binding boolean not null default true;

comment on column review_proposals.street_may_confirm is
    'review.streetMayConfirm when the proposal was made; false for proposals made before it was kept';
comment on column review_decisions.binding is
    'false: a street opinion referred to the county (the review ends with the newest binding decision)';
