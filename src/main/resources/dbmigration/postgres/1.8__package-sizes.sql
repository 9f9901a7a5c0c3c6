-- apply alter tables
alter table packages add column if not exists total_size bigint default 0 not null;
-- foreign keys and indices
create index if not exists ix_packages_size_id on packages (total_size,id);
-- fill the new size of a catalog made before 1.8 (CatalogTotals keeps it right from now on)
update packages set total_size = coalesce((select sum(r.total_size) from releases r where r.package_id = packages.id), 0);
