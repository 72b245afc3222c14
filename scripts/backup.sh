#!/usr/bin/env bash
# Backs up Tråden's PostgreSQL database to one file in pg_dump's custom format, checks that the file can
# be read back, and writes its SHA-256 checksum beside it. See docs/operations.md ("Backup and restore").
#
#   scripts/backup.sh [-d database] [-o file]
#
# The connection comes from the usual PostgreSQL variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or
# ~/.pgpass) and PGDATABASE (or -d). Use the client tools (pg_dump, pg_restore, psql) of the server's
# major version or newer: pg_dump refuses a server newer than itself.
#
# The dump holds every personal record in the database, unencrypted: it is written readable by its owner
# only (umask 077). Keep it encrypted and access-controlled, and let backups expire (docs/operations.md).
set -euo pipefail

database="${PGDATABASE:-traden}"
output=""

usage() {
    echo "usage: $0 [-d database] [-o file]" >&2
    exit 64
}

while getopts "d:o:h" option; do
    case "$option" in
        d) database="$OPTARG" ;;
        o) output="$OPTARG" ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage

for tool in pg_dump pg_restore psql; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "backup: $tool not found; install the PostgreSQL client tools of the server's major version" >&2
        exit 69
    }
done

server_major=$(psql -X -At -d "$database" -c "select current_setting('server_version_num')::int / 10000")
client_major=$(pg_dump --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
if [ "$client_major" -lt "$server_major" ]; then
    echo "backup: pg_dump $client_major cannot dump a PostgreSQL $server_major server; use pg_dump $server_major or newer" >&2
    exit 69
fi

if [ -z "$output" ]; then
    output="traden-${database}-$(date -u +%Y%m%dT%H%M%SZ).dump"
fi

umask 077
partial="${output}.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --compress=6 --dbname="$database" --file="$partial"
# A dump that pg_restore cannot list is not a backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$output"
trap - EXIT

( cd "$(dirname "$output")" && sha256sum "$(basename "$output")" >"$(basename "$output").sha256" )
echo "backup: $database -> $output ($(wc -c <"$output") bytes, sha256 $(cut -d' ' -f1 <"$output.sha256"))"
