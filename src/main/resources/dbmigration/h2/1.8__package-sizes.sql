-- apply alter tables
alter table packages add column total_size bigint default 0 not null;
-- foreign keys and indices
create index ix_packages_size_id on packages (total_size,id);
-- fill the new size of a catalog made before 1.8 (CatalogTotals keeps it right from now on)
-- one pass over the releases in package order (a subquery per package fetched them at random: twice as slow)
merge into packages p using (select package_id, sum(total_size) as s from releases group by package_id) r
  on p.id = r.package_id when matched then update set total_size = coalesce(r.s, 0);
