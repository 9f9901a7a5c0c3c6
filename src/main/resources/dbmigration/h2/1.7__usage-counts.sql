-- apply alter tables
alter table languages add column package_count bigint default 0 not null;
alter table licenses add column package_count bigint default 0 not null;
-- foreign keys and indices
create index ix_licenses_packages_id on licenses (package_count,id);
create index ix_languages_packages_id on languages (package_count,id);
-- fill the counts of a catalog made before 1.7 (catalog/UsageCounts keeps them from now on)
update licenses set package_count = (select count(*) from packages p where p.license_id = licenses.id);
update languages set package_count = (select count(*) from package_languages pl where pl.language_id = languages.id);
