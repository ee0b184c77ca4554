#!/usr/bin/env bash
# B2's yardstick: pgbench's built-in TPC-B-like transaction (5 statements, one row lock on a branch) on the
# PostgreSQL the platform uses, in its own tables (pgbench_*), beside B2's orders/s.
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... bench/b2-pgbench.sh init | run <clients> <seconds> | drop
set -euo pipefail
case "${1:-}" in
    init) pgbench -i -q -s "${SCALE:-16}" > /dev/null 2>&1 && echo "B2 pgbench: tables ready (scale ${SCALE:-16})" ;;
    run)
        tps=$(pgbench -n -c "$2" -j 2 -T "$3" 2>/dev/null | awk '/^tps/ {print $3; exit}')
        echo "B2 pgbench: $2 clients, TPC-B-like, $3 s, $tps transactions/s" ;;
    drop) psql -q -c "DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers" ;;
    *) echo "usage: $0 init | run <clients> <seconds> | drop" >&2; exit 2 ;;
esac
