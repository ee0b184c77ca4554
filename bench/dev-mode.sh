#!/usr/bin/env bash
# Liberty's inner loop (issue 27): on a copy of this working tree (your files are never touched), runs
# `mvn -Prun,dev verify` (the broker, the server in dev mode, demo data), then changes a class and a page the way a
# developer saves them and times each change from the save to the first answer that shows it: a Java class in the
# services module (the readiness check's data, read on /health/ready) and a back-office page (the sign-in page's
# title). Last, it stops dev mode as Maven is stopped (TERM) and times until the server and the broker are gone.
# Everything it starts is stopped by its pid, also when something fails. Needs ports 9080, 9443 and 61616 free.
# Usage: bench/dev-mode.sh [changes of each kind, default 3]
set -euo pipefail
rounds=${1:-3}
source_tree="$(cd "$(dirname "$0")/.." && pwd)"
copy=$(mktemp -d /tmp/omnistock-dev-mode.XXXXXX)
maven_pid=

stop_dev_mode() {
    if [ -n "$maven_pid" ] && kill -0 "$maven_pid" 2> /dev/null; then
        kill "$maven_pid"
        for _ in $(seq 1 120); do kill -0 "$maven_pid" 2> /dev/null || break; sleep 0.5; done
    fi
    maven_pid=
}
trap stop_dev_mode EXIT

seconds_since() {
    echo "$(date +%s.%N) - $1" | bc
}

(cd "$source_tree" && tar --exclude=./.git --exclude='*/target' --exclude=./target -cf - .) | (cd "$copy" && tar xf -)
cd "$copy"
log=$copy/dev-mode.log
messages=liberty-config/server/target/liberty/wlp/usr/servers/omnistock/logs/messages.log
readiness=ejb/src/main/java/org/omnistock/platform/DatabaseReadiness.java
page=web/src/main/webapp/login.xhtml

launched=$(date +%s.%N)
mvn -B -Prun,dev verify < /dev/null > "$log" 2>&1 &
maven_pid=$!
for _ in $(seq 1 600); do
    grep -q 'CWWKZ0001I: Application omnistock started' "$messages" 2> /dev/null && break
    kill -0 "$maven_pid" 2> /dev/null || { echo "dev mode ended; see $log" >&2; exit 1; }
    sleep 1
done
grep -q 'CWWKZ0001I: Application omnistock started' "$messages" || { echo "no start within 10 min; see $log" >&2; exit 1; }
echo "dev mode: build, broker, server and demo data up after $(seconds_since "$launched") s"
grep -q 'omnistock-ear.ear.xml' "$messages" && echo "the application is deployed loose (apps/omnistock-ear.ear.xml)"

for round in $(seq 1 "$rounds"); do
    sleep 5
    saved=$(date +%s.%N)
    sed -i "s/\.withData(\"product\"/.withData(\"probe\", \"class-$round\").withData(\"product\"/" "$readiness"
    for _ in $(seq 1 600); do
        curl -s localhost:9080/health/ready | grep -q "\"probe\":\"class-$round\"" && break
        sleep 0.1
    done
    curl -s localhost:9080/health/ready | grep -q "\"probe\":\"class-$round\"" \
        || { echo "class change $round not answered within a minute" >&2; exit 1; }
    echo "class change $round: answered $(seconds_since "$saved") s after the save"
    sed -i "s/\.withData(\"probe\", \"class-$round\")//" "$readiness"
    sleep 15
done

for round in $(seq 1 "$rounds"); do
    restarts=$(grep -c 'CWWKZ0003I' "$messages" || true)
    saved=$(date +%s.%N)
    sed -i "s/<title>[^<]*</<title>Sign in (change $round) · Omnistock</" "$page"
    for _ in $(seq 1 600); do
        curl -s localhost:9080/login.xhtml | grep -q "Sign in (change $round)" && break
        sleep 0.1
    done
    curl -s localhost:9080/login.xhtml | grep -q "Sign in (change $round)" \
        || { echo "page change $round not served within a minute" >&2; exit 1; }
    echo "page change $round: served $(seconds_since "$saved") s after the save," \
        "$(( $(grep -c 'CWWKZ0003I' "$messages" || true) - restarts )) application restart(s)"
done

# Dev mode runs the server in the foreground, with no pid file: its log's header names its process.
server_pid=$(grep -m1 -o '^process = [0-9]*' "$messages" | grep -o '[0-9]*$' || true)
broker_pid=$(grep -o 'Artemis broker up on [^ ]* (pid [0-9]*' "$log" | grep -o '[0-9]*$' || true)
stopping=$(date +%s.%N)
stop_dev_mode
for pid in $server_pid $broker_pid; do
    for _ in $(seq 1 240); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
done
echo "stopped (server $server_pid, broker $broker_pid) $(seconds_since "$stopping") s after Maven was told to stop"
rm -rf "$copy"
