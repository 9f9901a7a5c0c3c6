-- drop dependencies
alter table downloads drop constraint if exists fk_downloads_package_id;
alter table download_days drop constraint if exists fk_download_days_package_id;
alter table download_months drop constraint if exists fk_download_months_package_id;
-- the rollups' and raw rows' (package_id, ...) indexes serve every lookup by package; the
-- one-column indexes were made before their keys, so dropping a key leaves its index behind
drop index if exists ix_downloads_package_id;
drop index if exists ix_download_days_package_id;
drop index if exists ix_download_months_package_id;
