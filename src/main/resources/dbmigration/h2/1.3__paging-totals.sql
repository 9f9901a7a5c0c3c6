-- drop dependencies
drop index if exists ix_packages_name;
drop index if exists ix_packages_last_updated;
drop index if exists ix_releases_package_sort;
-- apply alter tables
alter table packages add column latest_version varchar(128);
alter table packages add column latest_sort_key varchar(255);
alter table packages add column maintainer_count integer default 0 not null;
alter table packages add column download_total bigint default 0 not null;
alter table releases add column file_count integer default 0 not null;
alter table releases add column total_size bigint;
-- foreign keys and indices
create index ix_packages_name_id on packages (name,id);
create index ix_packages_latest_id on packages (latest_sort_key,id);
create index ix_packages_license_id_id on packages (license_id,id);
create index ix_packages_updated_id on packages (last_updated,id);
create index ix_packages_maintainers_id on packages (maintainer_count,id);
create index ix_packages_downloads_id on packages (download_total,id);
create index ix_releases_package_sort_id on releases (package_id,sort_key,id);
create index ix_releases_sort_id on releases (sort_key,id);
create index ix_releases_created_id on releases (created_date,id);
create index ix_releases_total_size_id on releases (total_size,id);
create index ix_releases_file_count_id on releases (file_count,id);
-- fill the derived columns of a catalog made before 1.3 (CatalogTotals keeps them right from now on)
update releases set file_count = (select count(*) from release_files f where f.release_id = releases.id),
  total_size = coalesce(size, (select sum(f.size) from release_files f where f.release_id = releases.id));
update packages set maintainer_count = (select count(*) from maintainers m where m.package_id = packages.id),
  download_total = (select count(*) from downloads d where d.package_id = packages.id),
  latest_sort_key = (select max(r.sort_key) from releases r where r.package_id = packages.id);
update packages set latest_version = (select min(r.version_string) from releases r
  where r.package_id = packages.id and r.sort_key = packages.latest_sort_key);
