#!/usr/bin/env bash
# Two servers against one (issue 12): beside the running platform (on PostgreSQL: embedded Derby belongs to one
# server), starts a second Liberty server from a copy of its directory with other ports, and runs B3 with one server
# and with two, alternated (the second warmed up by one run not counted). The second server is stopped by its pid
# after each round, also when something fails. After each run it prints how long that run's events waited in the
# outbox (created to published, from the database: psql with the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE set to the platform's database).
# Usage: bench/two-servers.sh [sales per second, default 300] [rounds, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}
rounds=${2:-2}
wlp=liberty-config/server/target/liberty/wlp
second=$wlp/usr/servers/second
second_pid=

stop_second() {
    if [ -n "$second_pid" ] && kill -0 "$second_pid" 2> /dev/null; then
        kill "$second_pid"
        for _ in $(seq 1 60); do kill -0 "$second_pid" 2> /dev/null || break; sleep 1; done
    fi
    second_pid=
}
trap stop_second EXIT

start_second() {
    rm -rf "$second"
    cp -a "$wlp/usr/servers/omnistock" "$second"
    rm -rf "$second"/{workarea,logs,tranlog,data,dropins}
    echo '<server><variable name="http.port" value="9081"/><variable name="https.port" value="9444"/>
          <variable name="omnistock.demo.data" value="false"/></server>' > "$second/configDropins/overrides/second-server.xml"
    # `server run` replaces itself with the JVM: $! is the server's own pid.
    "$wlp/bin/server" run second > target/second-server.log 2>&1 &
    second_pid=$!
    for _ in $(seq 1 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:9081/health/ready)" = 200 ] && return
        sleep 1
    done
    echo "the second server did not become ready; see target/second-server.log" >&2
    exit 1
}

b3() {
    local before
    before=$(psql -tAc "SELECT COALESCE(MAX(id), 0) FROM outbox_message")
    mvn -q -o -f bench/pom.xml exec:java -Dexec.mainClass=org.omnistock.bench.PosSaleLatency -Dseconds=15 \
        -Dexec.args="$rate" 2>&1 | grep '^B3' || true
    sleep 3
    psql -tAc "SELECT 'outbox: ' || COUNT(*) || ' events, waited p50 '
            || ROUND(1000 * PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM published_at - created_at)))
            || ' ms, p99 '
            || ROUND(1000 * PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM published_at - created_at)))
            || ' ms, max ' || ROUND(1000 * MAX(EXTRACT(EPOCH FROM published_at - created_at))) || ' ms, '
            || COUNT(*) FILTER (WHERE published_at IS NULL) || ' unpublished'
        FROM outbox_message WHERE id > $before"
}

mkdir -p target
for round in $(seq 1 "$rounds"); do
    echo "round $round, one server:  $(b3 | tr '\n' ' ')"
    start_second
    b3 > /dev/null   # the second server's first sales warm it up (JIT); not counted
    echo "round $round, two servers: $(b3 | tr '\n' ' ')"
    stop_second
done
