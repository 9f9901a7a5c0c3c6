-- drop dependencies
drop index if exists ix_downloads_created_date;
-- foreign keys and indices
create index if not exists ix_downloads_created_id on downloads (created_date,id);
create index if not exists ix_downloads_package_created_id on downloads (package_id,created_date,id);
create index if not exists ix_users_name_id on users (name,id);
create index if not exists ix_users_last_login_id on users (last_login,id);
