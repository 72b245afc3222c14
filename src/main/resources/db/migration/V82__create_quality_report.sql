-- The annual quality report (kvalitetsberättelse) of the individual collaboration process: the texts
-- the group manager writes. Its numbers, deviations and risks are read from their sources when it is
-- printed.
create table quality_report (
    municipality_id    uuid not null references municipality (id),
    year               integer not null check (year between 2000 and 2100),
    summary            text check (length(summary) <= 8000),
    processes          text check (length(processes) <= 8000),
    results            text check (length(results) <= 8000),
    improvements       text check (length(improvements) <= 8000),
    ahead              text check (length(ahead) <= 8000),
    updated_at         timestamptz not null,
    updated_by         uuid not null references staff (id),
    version            bigint not null,
    primary key (municipality_id, year)
);
