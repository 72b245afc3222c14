#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into an empty database, in one transaction: either all of it
# is restored or nothing is. Refuses a database that already has tables. See docs/operations.md.
#
#   scripts/restore.sh -d database file.dump
#
# The connection comes from PGHOST, PGPORT, PGUSER and PGPASSWORD (or ~/.pgpass); PGUSER becomes the
# owner of everything restored, so restore as the application's database user. A database that does not
# exist is created (UTF-8, from template0). When file.dump.sha256 is beside the dump, the dump is checked
# against it first.
#
# Afterwards: verify each municipality's access log in the restored database
# (java -jar traden.jar --traden.verify-log=<code>), and let the retention job run (or run it) before the
# database is used, so that records thinned after the backup was taken are thinned again.
set -euo pipefail

database=""

usage() {
    echo "usage: $0 -d database file.dump" >&2
    exit 64
}

while getopts "d:h" option; do
    case "$option" in
        d) database="$OPTARG" ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ -n "$database" ] && [ $# -eq 1 ] || usage
dump="$1"
[ -r "$dump" ] || { echo "restore: cannot read $dump" >&2; exit 66; }

for tool in pg_restore psql createdb; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "restore: $tool not found; install the PostgreSQL client tools of the server's major version" >&2
        exit 69
    }
done

if [ -r "$dump.sha256" ]; then
    ( cd "$(dirname "$dump")" && sha256sum --check --status "$(basename "$dump").sha256" ) || {
        echo "restore: $dump does not match its checksum $dump.sha256" >&2
        exit 65
    }
fi

exists=$(psql -X -At -d postgres -v name="$database" <<'SQL'
select count(*) from pg_database where datname = :'name';
SQL
)
if [ "$exists" = "0" ]; then
    createdb --encoding=UTF8 --template=template0 "$database"
else
    tables=$(psql -X -At -d "$database" -c "select count(*) from pg_tables where schemaname = 'public'")
    if [ "$tables" != "0" ]; then
        echo "restore: database $database is not empty ($tables tables); restore into a new database" >&2
        exit 73
    fi
fi

pg_restore --exit-on-error --single-transaction --no-owner --dbname="$database" "$dump"
echo "restore: $dump -> $database"
echo "restore: next, verify the access log of each municipality and let the retention job run (docs/operations.md)"
