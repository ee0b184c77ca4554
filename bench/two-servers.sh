#!/usr/bin/env bash
# Two servers against one (issue 12): beside the running platform (on PostgreSQL: embedded Derby belongs to one
# server), starts a second Liberty server from a copy of its directory with other ports, and runs B3 with one server
# and with two, alternated (the second warmed up by one run not counted). The second server is stopped by its pid after each round, also when something fails.
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
    mvn -q -o -f bench/pom.xml exec:java -Dexec.mainClass=org.omnistock.bench.PosSaleLatency -Dseconds=15 \
        -Dexec.args="$rate" 2>&1 | grep '^B3' || true
}

mkdir -p target
for round in $(seq 1 "$rounds"); do
    echo "round $round, one server:  $(b3)"
    start_second
    b3 > /dev/null   # the second server's first sales warm it up (JIT); not counted
    echo "round $round, two servers: $(b3)"
    stop_second
done
