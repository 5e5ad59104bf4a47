-- Where a manager's deployment came from: the web modeler / our API, or the Camunda Desktop Modeler's deploy dialog.
alter table process_deployments add column channel varchar(32) not null default 'WEB';
