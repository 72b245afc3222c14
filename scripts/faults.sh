#!/usr/bin/env bash
# Fault injection against a running Tråden on its embedded PostgreSQL: nothing acknowledged is lost,
# nothing refused is half there, and the application recovers by itself.
#
#   scripts/faults.sh            (builds the jar if missing; needs curl and psql on the PATH)
#
# 1. PostgreSQL is killed (-m immediate) while writers are registering concerns, then started again:
#    every concern the API answered 201 for is in the database with its history and access-log entry;
#    requests refused during the outage left no concern behind; the application answers again without
#    a restart.
# 2. The application is killed with kill -9 in the middle of writing and started again: every
#    acknowledged concern is there, the access-log hash chain verifies (--traden.verify-log), and the
#    deadline reminders the restarted scheduler writes are there once each (the table's unique key and
#    the cluster-safe scheduler make it so; ReminderScanTest moves a clock past the due times).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18471}
PGPORT=${PGPORT:-54471}
DATA=${DATA:-$(mktemp -d /tmp/traden-faults.XXXXXX)}
LOG=$DATA/app.log
BASE=http://127.0.0.1:$PORT
AUTH=skola:demo
JAR=$(ls target/traden-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/traden-*.jar | grep -v plain | head -1)
fi
JAVA=${JAVA:-$( (ls -d /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java 2>/dev/null || true) | head -1)}
JAVA=${JAVA:-java}
chmod 755 "$DATA"

start_app() {
  "$JAVA" -Xmx512m -jar "$JAR" --server.port=$PORT --traden.embedded-postgres.port=$PGPORT \
    --traden.embedded-postgres.data-folder="$DATA/db" --traden.demo.generate.children=0 >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$BASE/login"; then return 0; fi
    sleep 1
  done
  echo "the application did not start; see $LOG" >&2; exit 1
}

psql_db() { PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p $PGPORT -U traden -d traden -Atc "$1"; }

pg() {
  local bin; bin=$(ls -d "$DATA"/db/pg-*/bin | head -1)
  local owner; owner=$(stat -c %U "$DATA/db/pgdata")
  if [[ $(id -u) == 0 && $owner != root ]]; then
    setpriv --reuid="$(id -u "$owner")" --regid="$(id -g "$owner")" --init-groups "$bin/$1" "${@:2}"
  else
    "$bin/$1" "${@:2}"
  fi
}

writer() { # $1: file of acknowledged ids, $2: file of refusals, $3: seconds
  local until=$((SECONDS + $3)) n=0
  while (( SECONDS < until )); do
    n=$((n + 1))
    local out code
    out=$(curl -s -m 10 -u $AUTH -H 'Content-Type: application/json' -w '\n%{http_code}' "$BASE/api/v1/concerns" \
      -d "{\"subjectName\": \"Fel Barn $n\", \"worry\": \"Oro under felinjektion $n\", \"problemAreas\": [\"OTHER\"],
           \"urgent\": false, \"mandatoryReport\": \"FILED\", \"reporterOrganisation\": \"Felskolan\",
           \"reporterContact\": \"fel@example.se\"}" || true)
    code=${out##*$'\n'}
    if [[ $code == 201 ]]; then
      sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' <<<"${out%$'\n'*}" >>"$1"
    else
      echo "$code" >>"$2"
    fi
  done
}

check_acknowledged() { # $1: file of acknowledged ids
  local missing=0 id
  while read -r id; do
    [[ -z $id ]] && continue
    if [[ $(psql_db "select count(*) from concern c join concern_event e on e.concern_id = c.id and e.type = 'RAISED' where c.id = '$id'") != 1 ]]; then
      echo "LOST: concern $id was acknowledged but is not there" >&2; missing=$((missing + 1))
    fi
  done <"$1"
  echo "$missing"
}

cleanup() {
  [[ -n ${APP:-} ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  if [[ -f $DATA/db/pgdata/postmaster.pid ]]; then pg pg_ctl stop -D "$DATA/db/pgdata" -m fast -w >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

echo "== data folder $DATA"
start_app
echo "== 1. PostgreSQL killed and restarted under load"
: >"$DATA/acked1"; : >"$DATA/refused1"; : >"$DATA/acked1.b"; : >"$DATA/refused1.b"
writer "$DATA/acked1" "$DATA/refused1" 25 &
W1=$!; W2=
writer "$DATA/acked1.b" "$DATA/refused1.b" 25 & W2=$!
sleep 6
pg pg_ctl stop -D "$DATA/db/pgdata" -m immediate -w >/dev/null
echo "   postgres stopped (immediate) at ${SECONDS}s"
sleep 5
pg pg_ctl start -D "$DATA/db/pgdata" -l "$DATA/db/postgres.log" -w -t 60 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" >/dev/null
echo "   postgres started again at ${SECONDS}s"
wait $W1 $W2
cat "$DATA/acked1.b" >>"$DATA/acked1"; cat "$DATA/refused1.b" >>"$DATA/refused1"
acked=$(grep -c . "$DATA/acked1" || true); refused=$(grep -c . "$DATA/refused1" || true)
lost=$(check_acknowledged "$DATA/acked1")
total=$(psql_db "select count(*) from concern where reporter_organisation = 'Felskolan'")
orphans=$(psql_db "select count(*) from concern c where not exists (select 1 from concern_event e where e.concern_id = c.id)")
recovered=$(curl -s -o /dev/null -w '%{http_code}' -u $AUTH "$BASE/api/v1/concerns/mine" || true)
echo "   acknowledged $acked, refused $refused, lost $lost, concerns in the database $total, without history $orphans, answering again: $recovered"
[[ $acked -gt 10 && $lost == 0 && $total -ge $acked && $orphans == 0 && $recovered == 200 ]] || { echo "FAILED: scenario 1" >&2; exit 1; }

echo "== 2. The application killed with kill -9 while writing"
: >"$DATA/acked2"; : >"$DATA/refused2"
writer "$DATA/acked2" "$DATA/refused2" 8 & W1=$!
sleep 4
kill -9 $APP; wait $APP 2>/dev/null || true
echo "   application killed at ${SECONDS}s"
wait $W1 || true
start_app
acked=$(grep -c . "$DATA/acked2" || true)
lost=$(check_acknowledged "$DATA/acked2")
orphans=$(psql_db "select count(*) from concern c where not exists (select 1 from concern_event e where e.concern_id = c.id)")
dupes=$(psql_db "select count(*) from (select 1 from reminder group by concern_id, kind, due_at, state having count(*) > 1) d")
echo "   acknowledged $acked, lost $lost, without history $orphans, duplicated reminders $dupes"
[[ $acked -gt 0 && $lost == 0 && $orphans == 0 && $dupes == 0 ]] || { echo "FAILED: scenario 2" >&2; exit 1; }
kill $APP; wait $APP 2>/dev/null || true
APP=
if "$JAVA" -jar "$JAR" --traden.embedded-postgres.port=$PGPORT --traden.embedded-postgres.data-folder="$DATA/db" \
     --traden.verify-log=sjostad --traden.demo.generate.children=0 >>"$LOG" 2>&1; then
  echo "   access-log hash chain of sjostad verifies after both faults"
else
  echo "FAILED: the access-log chain does not verify" >&2; exit 1
fi
echo "== all faults survived; data folder $DATA (remove it when done)"
