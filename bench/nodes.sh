#!/usr/bin/env bash
# Two Tråden nodes behind nginx on one PostgreSQL, and the checks that they behave as one system.
#
#   bench/nodes.sh start [database]   build nothing; start node 1 (:8081), node 2 (:8082) and nginx (:8080,
#                                     round robin, no sticky sessions; :8079 sends everything to node 1)
#   bench/nodes.sh check              (a) a session logged in through nginx works on both nodes,
#                                     (b) deadline reminders fire exactly once with both schedulers running,
#                                     (c) requests/s of one node and of two (wrk, the same mix of pages),
#                                     (d) the login throttle per client address counts across both nodes
#   bench/nodes.sh stop               stop nginx and both nodes
#
# Needs the jar (./mvnw -DskipTests package, or TRADEN_JAR=...), a JDK 21+ (found under /usr/lib/jvm
# when the default java is older), the machine's PostgreSQL at 127.0.0.1:5432 (user postgres, trust
# authentication), and installs Debian's nginx and wrk when missing (apt-get, as root). The database
# (default traden_nodes) is created when missing; the first node migrates it and generates the demo
# municipality (60 children) when it has none. Logs and the nginx configuration are in $TRADEN_NODES_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${TRADEN_NODES_DIR:-/tmp/traden-nodes}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
NGINX_PORT="${NGINX_PORT:-8080}"
NGINX_ONE_PORT="${NGINX_ONE_PORT:-8079}"
NODE_PORTS=(8081 8082)
# Connections per node: the machine's PostgreSQL is shared with test runs (max_connections 100).
NODE_POOL="${NODE_POOL:-5}"
WRK_SECONDS="${WRK_SECONDS:-20}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-8}"
FAILED=0

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=1; }
info() { echo "     $*"; }

database() {
    if [[ -f "$WORK/database" ]]; then cat "$WORK/database"; else echo "${1:-traden_nodes}"; fi
}

java_bin() {
    local candidate version
    for candidate in "${JAVA_HOME:-}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] || continue
        version="$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
        if [[ "${version%%.*}" -ge 21 ]]; then
            echo "$candidate"
            return
        fi
    done
    echo "no JDK 21 or newer found (set JAVA_HOME)" >&2
    exit 1
}

jar() {
    local jar="${TRADEN_JAR:-}"
    if [[ -z "$jar" ]]; then
        jar="$(ls "$ROOT"/target/traden-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
    fi
    if [[ -z "$jar" || ! -f "$jar" ]]; then
        echo "no jar: run ./mvnw -DskipTests package first (or set TRADEN_JAR)" >&2
        exit 1
    fi
    echo "$jar"
}

ensure_package() { # command, Debian package
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "installing $2 (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null
    fi
}

wait_for_health() { # port, log
    local i
    for i in $(seq 1 240); do
        if curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    echo "node on :$1 did not come up; see $2" >&2
    tail -20 "$2" >&2
    return 1
}

start_node() { # number
    local n="$1" port="${NODE_PORTS[$(($1 - 1))]}" db
    db="$(database)"
    # The nodes connect as a role that owns nothing, bound by row-level security (decision 0111).
    psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres \
        -c "do \$\$ begin create role traden_app login nosuperuser nobypassrls; exception when duplicate_object then null; end \$\$" >/dev/null
    echo "starting node$n on :$port"
    nohup "$(java_bin)" -Xmx768m -jar "$(jar)" \
        --server.port="$port" \
        --traden.node-name="node$n" \
        --traden.embedded-postgres.enabled=false \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        --spring.datasource.username=traden_app \
        --spring.flyway.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.flyway.user="$PGUSER" \
        --spring.datasource.hikari.maximum-pool-size="$NODE_POOL" \
        --server.forward-headers-strategy=native \
        --traden.reminders.scan-interval=5s \
        --traden.reminders.polling-interval=1s \
        >"$WORK/node$n.log" 2>&1 &
    echo $! >"$WORK/node$n.pid"
    wait_for_health "$port" "$WORK/node$n.log"
}

write_nginx_config() {
    mkdir -p "$WORK/nginx-temp"
    cat >"$WORK/nginx.conf" <<EOF
# Written by bench/nodes.sh: round robin over both nodes, no sticky sessions.
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;
    upstream traden_both {
        server 127.0.0.1:${NODE_PORTS[0]};
        server 127.0.0.1:${NODE_PORTS[1]};
        keepalive 32;
    }
    upstream traden_one {
        server 127.0.0.1:${NODE_PORTS[0]};
        keepalive 32;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    # The edge proxy: the client's address replaces whatever X-Forwarded-For the client sent, and the
    # nodes trust it from loopback only (server.forward-headers-strategy=native, Tomcat's internal proxies).
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Forwarded-Port \$server_port;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / { proxy_pass http://traden_both; }
    }
    server {
        listen 127.0.0.1:$NGINX_ONE_PORT;
        location / { proxy_pass http://traden_one; }
    }
}
EOF
}

start() {
    local db="${1:-traden_nodes}"
    mkdir -p "$WORK"
    echo "$db" >"$WORK/database"
    if [[ -f "$WORK/node1.pid" ]] && kill -0 "$(cat "$WORK/node1.pid")" 2>/dev/null; then
        echo "already running (bench/nodes.sh stop first)" >&2
        exit 1
    fi
    jar >/dev/null
    ensure_package nginx nginx
    ensure_package wrk wrk
    if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
        echo "creating database $db"
        psql -d postgres -qc "create database \"$db\""
    fi
    # One after the other: the first migrates the schema and generates the demo data, the second finds it.
    start_node 1
    start_node 2
    write_nginx_config
    nginx -c "$WORK/nginx.conf"
    echo "nginx on :$NGINX_PORT (both nodes) and :$NGINX_ONE_PORT (node1 only); logs in $WORK"
}

stop() {
    if [[ -f "$WORK/nginx.pid" ]]; then
        nginx -c "$WORK/nginx.conf" -s quit 2>/dev/null || true
        rm -f "$WORK/nginx.pid"
    fi
    local n pid
    for n in 1 2; do
        if [[ -f "$WORK/node$n.pid" ]]; then
            pid="$(cat "$WORK/node$n.pid")"
            if kill -0 "$pid" 2>/dev/null; then
                kill "$pid"
                for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            fi
            rm -f "$WORK/node$n.pid"
        fi
    done
    echo "stopped"
}

# --- check (a): one session, both nodes -------------------------------------------------------------

csrf_of() { # html file
    grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'
}

login() { # base url, username, cookie jar
    local page="$WORK/login.html"
    curl -sS -c "$3" -b "$3" -o "$page" "$1/login"
    curl -sS -c "$3" -b "$3" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$2" --data-urlencode "password=demo" \
        --data-urlencode "_csrf=$(csrf_of "$page")" "$1/login"
}

session_cookie() { # cookie jar
    awk '$6 == "SESSION" {print $7}' "$1" | tail -1
}

check_sessions() {
    local base="http://127.0.0.1:$NGINX_PORT" jar="$WORK/check-a.cookies" landed i status node seen1=0 seen2=0 ok=0
    rm -f "$jar"
    landed="$(login "$base" ic "$jar")"
    if [[ "$landed" != "$base/" ]]; then
        fail "(a) login through nginx: landed on '$landed'"
        return
    fi
    info "(a) logged in as ic through nginx, cookie SESSION=$(session_cookie "$jar" | cut -c1-8)…"
    for i in $(seq 1 10); do
        read -r status node < <(curl -sS -b "$jar" -o "$WORK/page.html" -D - "$base/concerns/inbox" |
            awk 'BEGIN{IGNORECASE=1} /^HTTP/ {s=$2} /^x-traden-node:/ {gsub("\r",""); n=$2} END {print s, n}')
        info "(a) request $i: HTTP $status from $node"
        [[ "$status" == 200 ]] && ok=$((ok + 1))
        [[ "$node" == node1 ]] && seen1=$((seen1 + 1))
        [[ "$node" == node2 ]] && seen2=$((seen2 + 1))
    done
    if [[ $ok -eq 10 && $seen1 -gt 0 && $seen2 -gt 0 ]]; then
        pass "(a) one session, 10 requests through nginx: 10 answered 200 (node1 $seen1, node2 $seen2)"
    else
        fail "(a) one session, 10 requests through nginx: $ok answered 200 (node1 $seen1, node2 $seen2)"
    fi
    local set_cookie
    set_cookie="$(curl -sS -o /dev/null -D - "$base/login" | grep -i '^set-cookie: SESSION=' | tr -d '\r' || true)"
    if [[ "$set_cookie" == *"; HttpOnly"* && "$set_cookie" == *"SameSite=Lax"* ]]; then
        pass "(a) the session cookie is HttpOnly and SameSite=Lax"
    else
        fail "(a) the session cookie: '$set_cookie'"
    fi
    # The CSRF token of the last page (kept in the session) logs out wherever the logout lands; after it
    # neither node knows the session.
    status="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "_csrf=$(csrf_of "$WORK/page.html")" "$base/logout")"
    local after1 after2
    after1="$(curl -sS -b "$jar" -o /dev/null -w '%{http_code}' "$base/concerns/inbox")"
    after2="$(curl -sS -b "$jar" -o /dev/null -w '%{http_code}' "$base/concerns/inbox")"
    if [[ "$status" == "302 $base/login?logout" && "$after1" == 302 && "$after2" == 302 ]]; then
        pass "(a) logout on one node ends the session on both (two requests after it: $after1, $after2)"
    else
        fail "(a) logout: '$status', then $after1 and $after2"
    fi
}

# --- check (b): reminders fire once -----------------------------------------------------------------

sql() { psql -d "$(database)" -tAqc "$1"; }

written_so_far() { # node log
    { grep -o 'Reminder scan: [0-9]* written' "$1" || true; } | awk '{s += $3} END {print s + 0}'
}

check_reminders() {
    local base="http://127.0.0.1:$NGINX_PORT" ids=() i id before1 before2 expected count dups w1 w2
    before1="$(written_so_far "$WORK/node1.log")"
    before2="$(written_so_far "$WORK/node2.log")"
    for i in $(seq 1 10); do
        id="$(curl -sS -u skola:demo -H 'Content-Type: application/json' "$base/api/v1/concerns" --data-binary \
            '{"subjectName": "Nod Provbarn '"$i"'", "subjectBirthYear": 2012, "subjectSchool": "Sjöskolan",
              "worry": "Provärende för två noder: uteblir från skolan.", "problemAreas": ["SCHOOL_ABSENCE"],
              "urgent": false, "mandatoryReport": "WILL_BE_FILED", "reporterOrganisation": "Sjöskolan",
              "reporterFunction": "Elevhälsan", "reporterContact": "elevhalsan@sjoskolan.example"}' |
            grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)"
        [[ -n "$id" ]] && ids+=("'$id'")
    done
    if [[ ${#ids[@]} -ne 10 ]]; then
        fail "(b) could raise only ${#ids[@]} of 10 concerns through nginx"
        return
    fi
    local list
    list="$(IFS=,; echo "${ids[*]}")"
    # Time travel for these concerns only: everything they hold (receipt, each deadline's start and due
    # time, their history) moves back together, until the latest deadline fell due an hour ago.
    sql "with shift as (select id, decision_due_at - now() + interval '1 hour' as by
                          from concern where id in ($list)),
              moved as (update concern c set received_at = c.received_at - s.by,
                           gathering_started_at = c.gathering_started_at - s.by,
                           gathering_due_at = c.gathering_due_at - s.by,
                           feedback_started_at = c.feedback_started_at - s.by,
                           feedback_due_at = c.feedback_due_at - s.by,
                           decision_started_at = c.decision_started_at - s.by,
                           decision_due_at = c.decision_due_at - s.by
                          from shift s where c.id = s.id returning c.id)
         update concern_event e set occurred_at = e.occurred_at - s.by
           from shift s where e.concern_id = s.id and s.id in (select id from moved)" >/dev/null
    expected="$(sql "select (count(*) filter (where gathering_met_at is null and gathering_due_at < now()))
                          + (count(*) filter (where feedback_met_at is null and feedback_due_at < now()))
                          + (count(*) filter (where decision_met_at is null and decision_due_at < now()))
                     from concern where id in ($list)")"
    info "(b) 10 concerns raised through nginx, their $expected open deadlines now overdue; both nodes scan every 5 s"
    for _ in $(seq 1 40); do
        count="$(sql "select count(*) from reminder where concern_id in ($list)")"
        [[ "$count" -ge "$expected" ]] && break
        sleep 1
    done
    sleep 15 # three more scan rounds on either node: nothing more may fire
    count="$(sql "select count(*) from reminder where concern_id in ($list)")"
    dups="$(sql "select count(*) from (select concern_id, kind, due_at from reminder
                 where concern_id in ($list) group by 1, 2, 3 having count(*) > 1) d")"
    w1=$(($(written_so_far "$WORK/node1.log") - before1))
    w2=$(($(written_so_far "$WORK/node2.log") - before2))
    info "(b) reminders written: node1 $w1, node2 $w2 (from the nodes' logs)"
    if [[ "$count" -eq "$expected" && "$dups" -eq 0 && $((w1 + w2)) -eq "$expected" ]]; then
        pass "(b) reminders fired exactly once: $count for $expected overdue deadlines, 0 twice, written $((w1 + w2)) times in all"
    else
        fail "(b) reminders: $count for $expected overdue deadlines, $dups twice, written $((w1 + w2)) times in all"
    fi
}

# --- check (c): throughput --------------------------------------------------------------------------

check_throughput() {
    local base="http://127.0.0.1:$NGINX_PORT" ic="$WORK/ic.cookies" cm="$WORK/cm1.cookies" case_id
    rm -f "$ic" "$cm"
    login "$base" ic "$ic" >/dev/null
    login "$base" cm1 "$cm" >/dev/null
    case_id="$(sql "select c.id from collab_case c join account a on a.staff_id = c.case_manager_staff_id
                     where a.username = 'cm1' and c.status <> 'CLOSED' order by c.reference limit 1")"
    if [[ -z "$case_id" ]]; then
        fail "(c) no open case of cm1 in the demo data"
        return
    fi
    local s1 s2
    s1="$(curl -sS -b "$ic" -o /dev/null -w '%{http_code}' "$base/concerns/inbox")"
    s2="$(curl -sS -b "$cm" -o /dev/null -w '%{http_code}' "$base/cases/$case_id")"
    if [[ "$s1" != 200 || "$s2" != 200 ]]; then
        fail "(c) the pages of the mix answer $s1 (inbox) and $s2 (case page)"
        return
    fi
    cat >"$WORK/mix.lua" <<EOF
-- Half the coordinator's inbox, half a case page of cm1, each with its own session cookie.
local pages = {
    {path = "/concerns/inbox", cookie = "SESSION=$(session_cookie "$ic")"},
    {path = "/cases/$case_id", cookie = "SESSION=$(session_cookie "$cm")"},
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0; n = 0 end
function request()
    n = n + 1
    local page = pages[(n % #pages) + 1]
    return wrk.format("GET", page.path, {["Cookie"] = page.cookie})
end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
    local total = 0
    for _, t in ipairs(threads) do total = total + t:get("bad") end
    io.write(string.format("not-200: %d\n", total))
end
EOF
    local target label out rps bad p50 timeouts line results=() cfailed=0
    # Both nodes warmed up alike (the JIT), through nginx, before anything is measured.
    wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_WARMUP:-20}s" --timeout 30s -s "$WORK/mix.lua" "http://127.0.0.1:$NGINX_PORT" >/dev/null
    for target in "${NODE_PORTS[0]}:1 node, direct" "$NGINX_ONE_PORT:1 node, through nginx" "$NGINX_PORT:2 nodes, through nginx"; do
        label="${target#*:}"
        # A short settling run, then the measured one.
        wrk -t2 -c"$WRK_CONNECTIONS" -d3s --timeout 30s -s "$WORK/mix.lua" "http://127.0.0.1:${target%%:*}" >/dev/null
        out="$(wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --timeout 30s --latency -s "$WORK/mix.lua" "http://127.0.0.1:${target%%:*}")"
        echo "$out" >"$WORK/wrk-${target%%:*}.txt"
        rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
        bad="$(echo "$out" | awk '/not-200:/ {print $2}')"
        p50="$(echo "$out" | awk '$1 == "50%" {print $2}')"
        timeouts="$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $NF}')"
        line="$label: $rps requests/s, median $p50, $bad not 200, ${timeouts:-0} timed out"
        results+=("$line")
        info "(c) $line"
        if [[ "$bad" != 0 || "${timeouts:-0}" != 0 ]]; then
            fail "(c) $label: $bad answers were not 200, ${timeouts:-0} timed out"
            cfailed=1
        fi
        # Requests still waiting when the run ends are counted nowhere: a stuck node shows as (almost) none.
        if awk -v r="$rps" -v s="$WRK_SECONDS" 'BEGIN { exit !(r * s < 10) }'; then
            fail "(c) $label: only $rps requests a second answered in ${WRK_SECONDS} s: requests are stuck"
            cfailed=1
        fi
    done
    [[ $cfailed -eq 0 ]] || return 0
    pass "(c) throughput (wrk -t2 -c$WRK_CONNECTIONS -d${WRK_SECONDS}s, inbox and case page, $(nproc) cores, load $(cut -d" " -f1 /proc/loadavg)):" \
        "$(printf '%s; ' "${results[@]}")"
}

# --- check (d): the login throttle counts on both nodes ----------------------------------------------

check_throttle() {
    local base="http://127.0.0.1:$NGINX_PORT" limit=30 jar="$WORK/check-d.cookies" i landed n1 n2 refused
    # The failures of this check are counted on this machine's address; it is cleared again at the end.
    sql "delete from login_throttle where client_address = '127.0.0.1'" >/dev/null
    n1=0
    n2=0
    for i in $(seq 1 "$limit"); do
        rm -f "$jar"
        # An extra request every other round, so that the failing posts alternate between the nodes.
        ((i % 2)) && curl -sS -o /dev/null "$base/actuator/health"
        curl -sS -c "$jar" -o "$WORK/login.html" "$base/login"
        landed="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -D "$WORK/headers.txt" -w '%{redirect_url}' \
            --data-urlencode "username=ingen-sadan-$i" --data-urlencode "password=fel" \
            --data-urlencode "_csrf=$(csrf_of "$WORK/login.html")" "$base/login")"
        grep -qi '^x-traden-node: node1' "$WORK/headers.txt" && n1=$((n1 + 1))
        grep -qi '^x-traden-node: node2' "$WORK/headers.txt" && n2=$((n2 + 1))
    done
    landed="$(login "$base" ic "$jar")"
    refused="$(curl -sS -o /dev/null -w '%{http_code}' -u ic:demo "$base/api/v1/concerns/inbox")"
    info "(d) $limit failed logins through nginx (node1 $n1, node2 $n2), then ic's right password: $landed; HTTP Basic: $refused"
    if [[ "$landed" == "$base/login?error=throttled" && "$refused" == 429 && $n1 -gt 0 && $n2 -gt 0 ]]; then
        pass "(d) the throttle per address counts failures on both nodes: after $limit, the right password is refused (form and 429)"
    else
        fail "(d) after $limit failures on both nodes: form login landed on '$landed', HTTP Basic answered $refused"
    fi
    sql "delete from login_throttle where client_address = '127.0.0.1'" >/dev/null
}

check() {
    for port in "${NODE_PORTS[@]}" "$NGINX_PORT"; do
        curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null || {
            echo "nothing answers on :$port (bench/nodes.sh start first)" >&2
            exit 1
        }
    done
    check_sessions
    check_reminders
    check_throughput
    check_throttle
    if [[ $FAILED -eq 0 ]]; then echo "ALL PASS"; else echo "SOME FAILED"; fi
    return $FAILED
}

case "${1:-}" in
    start) start "${2:-traden_nodes}" ;;
    stop) stop ;;
    check) check ;;
    *)
        echo "usage: $0 start [database] | check | stop" >&2
        exit 2
        ;;
esac
