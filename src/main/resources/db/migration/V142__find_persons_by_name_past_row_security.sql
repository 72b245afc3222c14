-- Finding persons by name at any size (docs/performance.md). Under row-level security PostgreSQL applies a
-- table's policy before any condition that is not leakproof, and the trigram operators (like, %) are not:
-- the trigram index person_name_folded could no longer serve a search, and every search read every person
-- (8.5 s at the 95th percentile for 16 users at 10 000 cases). These two functions run as their owner, the
-- migrations' role, which row-level security does not bind when it is a superuser or has BYPASSRLS (the
-- README's production setup), so the index serves them again; they apply the same isolation themselves,
-- with the same two settings as the policies. They return ids (and a score) only: the persons are read by
-- id afterwards, under the policy as before. Only the application's role may call them.

-- Persons whose folded full name contains every word (folded here; % _ and \ already escaped).
create function traden_person_ids_matching(words text[]) returns setof uuid
    language plpgsql stable security definer
    set search_path = public, pg_temp as
$$
declare
    query text := 'select id from person where ((select traden_all_municipalities())'
                      || ' or municipality_id = (select traden_municipality()))';
begin
    if words is null or cardinality(words) = 0 or cardinality(words) > 20 then
        return;
    end if;
    for i in 1 .. cardinality(words) loop
        query := query || format(' and traden_fold(given_names || '' '' || family_name)'
                                     || ' like ''%%'' || traden_fold($1[%s]) || ''%%'' escape ''\''', i);
    end loop;
    return query execute query using words;
end
$$;

-- Children whose folded name is like the given one (trigram similarity above pg_trgm's threshold), born within
-- a year of birth_year when both are known; best first.
create function traden_children_similar_to(wanted text, birth_year integer, max_rows integer)
    returns table (person_id uuid, score real)
    language sql stable security definer
    set search_path = public, pg_temp as
$$
select p.id, similarity(traden_fold(p.given_names || ' ' || p.family_name), traden_fold(wanted))
  from person p
 where ((select traden_all_municipalities()) or p.municipality_id = (select traden_municipality()))
   and p.kind = 'CHILD'
   and traden_fold(p.given_names || ' ' || p.family_name) % traden_fold(wanted)
   and (birth_year is null or p.date_of_birth is null
        or abs(extract(year from p.date_of_birth) - birth_year) <= 1)
 order by 2 desc, p.id
 limit max_rows
$$;

revoke all on function traden_person_ids_matching(text[]) from public;
revoke all on function traden_children_similar_to(text, integer, integer) from public;
grant execute on function traden_person_ids_matching(text[]) to ${app_role};
grant execute on function traden_children_similar_to(text, integer, integer) to ${app_role};
