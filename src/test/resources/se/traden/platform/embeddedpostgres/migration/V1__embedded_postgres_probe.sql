create table embedded_postgres_probe (note text not null);
insert into embedded_postgres_probe (note) values ('migrated by Flyway');
