-- Finding a known child by name despite spelling: names are folded (lower case, Swedish and other
-- diacritics to plain letters, hyphens to spaces, repeated spaces to one) and indexed as trigrams, so
-- that "Anna-Karin Öberg", "anna karin oberg" and "Ana Karin Oberg" meet.

create extension if not exists pg_trgm;

create function traden_fold(text) returns text
    language sql immutable strict parallel safe as
$$
select trim(regexp_replace(
    translate(lower($1), 'åäöéèêëüúùûáàâãíìîïóòôõñçæø-''´`', 'aaoeeeeuuuuaaaaiiiioooonca o'),
    '\s+', ' ', 'g'))
$$;

create index person_name_folded on person
    using gin (traden_fold(given_names || ' ' || family_name) gin_trgm_ops);
