#!/usr/bin/env bash
# Runs the Artemis broker and the Liberty server in the foreground until Ctrl-C, for `mvn -Prun verify`; with
# `dev` last, for `mvn -Prun,dev verify`, only the broker: Liberty is dev mode's, started beside this script.
# The broker runs in the background (a background job of a script ignores Ctrl-C), Liberty in the foreground;
# on the way out (Ctrl-C, or TERM from Maven as it exits) Liberty stops first, then the broker, by its pid:
# stopping the broker first would leave Liberty's resource adapter waiting for it for minutes.
# Usage: run-omnistock.sh <artemis instance> <wlp home> <server name> <broker host> <broker port> [dev]
set -u
# Maven exits on Ctrl-C and closes this script's output: writing to it must not kill the script before it has
# stopped the broker.
trap '' PIPE
instance=$1 wlp=$2 server=$3 host=$4 port=$5 mode=${6:-run}

sh "$instance/bin/artemis" run > "$instance/log/console.out" 2>&1 &
broker=$!

stop() {
    trap - INT TERM EXIT
    "$wlp/bin/server" stop "$server" > /dev/null 2>&1
    if kill -0 "$broker" 2> /dev/null; then
        kill "$broker"
        echo "Stopping the Artemis broker (pid $broker)"
        wait "$broker" 2> /dev/null
    fi
}
trap stop INT TERM EXIT

for _ in $(seq 1 240); do
    (exec 3<> "/dev/tcp/$host/$port") 2> /dev/null && break
    kill -0 "$broker" 2> /dev/null || { echo "The Artemis broker failed to start: see $instance/log/"; exit 1; }
    sleep 0.25
done
echo "Artemis broker up on $host:$port (pid $broker)"

if [ "$mode" = dev ]; then
    wait "$broker"
else
    "$wlp/bin/server" run "$server"
fi
