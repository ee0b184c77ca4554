#!/usr/bin/env bash
# B2's database ceiling: the statements the server sent for real orders, replayed by pgbench on the same
# PostgreSQL, with no server in the way. What orders/s the database alone allows for this workload, beside
# b2-pgbench.sh's TPC-B-like figure.
# Usage (the PG* variables as for b2-pgbench.sh; capture needs a superuser and a running platform):
#   bench/b2-replay.sh capture               # logs every statement while one client places 40 orders
#   bench/b2-replay.sh scripts <log> <dir>   # one pgbench script per logged order transaction
#   bench/b2-replay.sh run <dir> <clients> <seconds>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
    capture)
        psql -q -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %v '" \
            -c "SELECT pg_reload_conf()" > /dev/null
        trap 'psql -q -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" \
            -c "SELECT pg_reload_conf()" > /dev/null' EXIT
        mvn -q -f "$here/pom.xml" exec:java -Dexec.mainClass=org.omnistock.bench.OrderPlacement -Dclients=1 \
            -Dwarmup=5 -Dorders=40
        echo "B2 replay: the orders' statements are in PostgreSQL's log" ;;
    scripts) mkdir -p "$3" && python3 "$here/b2-replay.py" "$2" "$3" ;;
    run)
        files=()
        for script in "$2"/order*.sql; do files+=(-f "$script"); done
        # awk reads to the end: pgbench prints each script's figures after the total, and a pipe closed early
        # would fail it.
        tps=$(pgbench -n -c "$3" -j 2 -T "$4" "${files[@]}" 2>/dev/null | awk '/^tps/ && !done {print $3; done = 1}')
        echo "B2 replay: $3 clients, $(( ${#files[@]} / 2 )) order transactions replayed, $4 s, $tps orders/s" ;;
    *) echo "usage: $0 capture | scripts <log> <dir> | run <dir> <clients> <seconds>" >&2; exit 2 ;;
esac
