#!/usr/bin/env bash
# B9, what valuation and postings add to a till sale: B3 (PosSaleLatency, 50 SKUs, one store, 8 tills) at 100 and
# 200 sales/s, against a build without the books (the commit before them) and one with them, alternated, each round
# on a fresh PostgreSQL database with the demo data, one run of 15 s at 100/s first to warm the server (not
# counted). Every run is printed. The servers are stopped by their process group, also when something fails.
# Usage (PGHOST, PGPORT, PGUSER, PGPASSWORD for a PostgreSQL the platform may drop and create `omnistock` on):
#   bench/b9-alternate.sh <tree without> <tree with> [rounds, default 2]
# Each tree is a checkout of its own (git worktree); each round builds it (the builds share one version, so neither is
# installed) and starts it with -Prun. WITH_PROPS are passed to the runs against the second build only, such as
# WITH_PROPS=-Dtaxed=true (issue 26: B3 with tax and tenders on every sale against the build before them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
without=$(cd "$1" && pwd)
with=$(cd "$2" && pwd)
rounds=${3:-2}
server_group=
server_tree=

# Liberty first, while the broker is up (a broker gone first leaves Liberty's stop waiting on its resource adapter),
# then the rest of the run's process group: Maven and the broker.
stop_server() {
    if [ -n "$server_group" ]; then
        "$server_tree/liberty-config/server/target/liberty/wlp/bin/server" stop omnistock > /dev/null 2>&1 || true
        kill -- "-$server_group" 2> /dev/null || true
        server_group=
    fi
}
trap stop_server EXIT

start_server() {
    dropdb --if-exists omnistock && createdb omnistock
    server_tree=$1
    (cd "$1" && exec setsid mvn -o -B verify -Prun -DskipTests -Domnistock.db=postgresql \
        -Domnistock.db.host="$PGHOST" -Domnistock.db.port="$PGPORT" -Domnistock.db.user="$PGUSER" \
        -Domnistock.db.password="$PGPASSWORD" > "$1/b9-server.log" 2>&1) &
    server_group=$!
    for _ in $(seq 1 900); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:9080/health/ready)" = 200 ] && return
        sleep 1
    done
    echo "the server of $1 did not become ready; see $1/b9-server.log" >&2
    exit 1
}

b3() {
    local props=$1
    shift
    # shellcheck disable=SC2086 # the properties are words of their own
    mvn -q -o -f "$here/pom.xml" exec:java -Dexec.mainClass=org.omnistock.bench.PosSaleLatency -Dseconds=15 \
        $props -Dexec.args="$*" 2>&1 | grep '^B3' || true
}

for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order="with without"; else order="without with"; fi
    for build in $order; do
        tree=$with
        props=${WITH_PROPS:-}
        if [ "$build" = without ]; then
            tree=$without
            props=
        fi
        start_server "$tree"
        b3 "$props" 100 > /dev/null
        b3 "$props" 100 200 | sed "s/^/round $round, $build: /"
        stop_server
    done
done
