-- Thinning overwrites a record's personal texts with the placeholder '[gallrad]' and keeps its facts.
-- Three tables refuse every change by trigger (the disclosure ledger, plan revisions and consent
-- withdrawals). They now let exactly one kind of update through: one made in a transaction that has
-- declared itself a thinning (select set_config('traden.thinning', 'on', true)), that changes only the
-- table's personal text columns, and only to their thinned form. Every other update, every delete and
-- every truncate is refused as before.

-- A JSON document with its texts thinned: ids, dates, times and enum-like constants are facts and stay;
-- every other string becomes the placeholder; numbers, booleans, nulls and the structure stay.
create function retention_thin_json(doc jsonb) returns jsonb
    language plpgsql immutable strict as
$$
begin
    case jsonb_typeof(doc)
        when 'object' then
            return coalesce((select jsonb_object_agg(key, retention_thin_json(value)) from jsonb_each(doc)),
                            '{}'::jsonb);
        when 'array' then
            return coalesce((select jsonb_agg(retention_thin_json(value) order by position)
                               from jsonb_array_elements(doc) with ordinality as e(value, position)),
                            '[]'::jsonb);
        when 'string' then
            if (doc #>> '{}') ~ ('^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
                                 || '|[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?'
                                 || '|[A-Z][A-Z0-9]*(_[A-Z0-9]+)*)$') then
                return doc;
            end if;
            return to_jsonb('[gallrad]'::text);
        else
            return doc;
    end case;
end;
$$;

-- Whether an update of an append-only row is a thinning: declared, touching only the given columns, and
-- each of them in its thinned form (a text becomes the placeholder, a JSON document its thinned form).
create function retention_thinning_allows(old_row jsonb, new_row jsonb, thinnable text[]) returns boolean
    language plpgsql stable as
$$
declare
    col text;
begin
    if coalesce(current_setting('traden.thinning', true), '') <> 'on' then
        return false;
    end if;
    if (old_row - thinnable) is distinct from (new_row - thinnable) then
        return false;
    end if;
    foreach col in array thinnable loop
        if (new_row -> col) is distinct from (case jsonb_typeof(old_row -> col)
                                                  when 'string' then to_jsonb('[gallrad]'::text)
                                                  when 'object' then retention_thin_json(old_row -> col)
                                                  when 'array' then retention_thin_json(old_row -> col)
                                                  else old_row -> col end) then
            return false;
        end if;
    end loop;
    return true;
end;
$$;

create or replace function disclosure_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if retention_thinning_allows(to_jsonb(old), to_jsonb(new),
                                     array['balancing', 'summary', 'correction_reason']) then
            return new;
        end if;
    end if;
    raise exception 'disclosure_entry is append-only: % refused; record a correcting entry instead', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create or replace function plan_revision_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if retention_thinning_allows(to_jsonb(old), to_jsonb(new), array['change_summary', 'reason', 'content']) then
            return new;
        end if;
    end if;
    raise exception 'plan_revision is append-only: % refused; make a new revision instead', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create or replace function consent_withdrawal_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if retention_thinning_allows(to_jsonb(old), to_jsonb(new), array['communicated_by', 'note']) then
            return new;
        end if;
    end if;
    raise exception 'consent_withdrawal is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
