-- A campaign is started by one node at a time: the node holds a lease it renews after every batch. A campaign still
-- STARTING whose lease has expired (its node died) is resumed by the sweep of another node.
alter table review_campaigns
    add column scope_path  varchar(200),
    add column lease_until timestamptz;
