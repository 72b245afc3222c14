-- Row-level security at the cost of one comparison per row (docs/performance.md, "Row-level security's
-- cost"). The policies of V110 called traden_all_municipalities() and traden_municipality() in the filter
-- of every row a query read: a STABLE function in a filter is evaluated row by row, and the second one
-- matches a regular expression each time. Wrapped in a scalar sub-select, each is evaluated once per query
-- (an InitPlan) and every row is compared with a constant. What the policies allow does not change.
create or replace function traden_isolate(target regclass) returns void
    language plpgsql as
$$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy municipality_isolation on %s'
                       || ' using ((select traden_all_municipalities())'
                       || ' or municipality_id = (select traden_municipality()))',
                   target);
end
$$;

do
$$
    declare
        t record;
    begin
        for t in select p.schemaname, p.tablename
                   from pg_policies p
                   join information_schema.columns c
                        on c.table_schema = p.schemaname and c.table_name = p.tablename
                            and c.column_name = 'municipality_id'
                  where p.policyname = 'municipality_isolation'
            loop
                execute format('alter policy municipality_isolation on %I.%I'
                                   || ' using ((select traden_all_municipalities())'
                                   || ' or municipality_id = (select traden_municipality()))',
                               t.schemaname, t.tablename);
            end loop;
    end
$$;
