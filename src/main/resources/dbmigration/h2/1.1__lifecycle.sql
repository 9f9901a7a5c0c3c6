-- apply alter tables
alter table packages add column lifecycle varchar(16) default 'active' not null;
alter table packages add column lifecycle_note varchar(1000);
-- apply post alter
alter table packages add constraint ck_packages_lifecycle check ( lifecycle in ('active','deprecated','archived','quarantined'));
