-- Row-level security: the database itself keeps each municipality's rows apart. The application
-- connects as a role that owns nothing (${app_role}); these migrations run as the owner. Each connection
-- the application takes carries the setting traden.municipality: the acting person's municipality, the
-- word 'system' for the few tasks about every municipality (a login's account, the scheduled scans), or
-- nothing, in which case a query sees no rows and can write none. Decision 0111.

do
$$
    begin
        if not exists (select 1 from pg_roles where rolname = '${app_role}') then
            raise exception 'The application''s database role "${app_role}" does not exist: create it first'
                using hint = 'create role ${app_role} login nosuperuser nobypassrls (see the README, "PostgreSQL")';
        end if;
    end
$$;

create function traden_municipality() returns uuid
    language sql stable parallel safe as
$$
select case
           when current_setting('traden.municipality', true)
                    ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
               then current_setting('traden.municipality', true)::uuid
       end
$$;

create function traden_all_municipalities() returns boolean
    language sql stable parallel safe as
$$
select coalesce(current_setting('traden.municipality', true) = 'system', false)
$$;

-- Puts a table with a municipality_id column under the policy; later migrations call it for their tables.
create function traden_isolate(target regclass) returns void
    language plpgsql as
$$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy municipality_isolation on %s'
                       || ' using (traden_all_municipalities() or municipality_id = traden_municipality())',
                   target);
end
$$;

do
$$
    declare
        t record;
    begin
        for t in select c.table_name
                   from information_schema.columns c
                   join information_schema.tables tb
                        on tb.table_schema = c.table_schema and tb.table_name = c.table_name
                  where c.table_schema = 'public'
                    and c.column_name = 'municipality_id'
                    and tb.table_type = 'BASE TABLE'
            loop
                perform traden_isolate(format('public.%I', t.table_name)::regclass);
            end loop;
    end
$$;

-- A consent's givers and recipients carry no municipality of their own: they are visible, and writable,
-- exactly when their consent is.
alter table consent_giver enable row level security;
alter table consent_giver force row level security;
create policy municipality_isolation on consent_giver
    using (exists (select 1 from consent c where c.id = consent_id));

alter table consent_recipient enable row level security;
alter table consent_recipient force row level security;
create policy municipality_isolation on consent_recipient
    using (exists (select 1 from consent c where c.id = consent_id));

-- The application's role: data, never structure.
grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
revoke all on flyway_schema_history from ${app_role};
