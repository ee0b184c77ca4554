#!/usr/bin/env bash
# B1's yardstick: pgbench running the same single-row conditional UPDATE a reservation needs, with the same client
# counts, on the PostgreSQL the platform uses. Compare its transactions/s with HotSkuReservations' reservations/s.
# Usage: PGHOST=127.0.0.1 PGPORT=55432 PGUSER=omnistock PGPASSWORD=omnistock PGDATABASE=omnistock bench/b1-pgbench.sh [clients...]
set -euo pipefail
units=${UNITS:-10000}
script=$(mktemp)
trap 'rm -f "$script"; psql -q -c "DROP TABLE IF EXISTS bench_hot_level" > /dev/null' EXIT
psql -q -c "DROP TABLE IF EXISTS bench_hot_level; CREATE TABLE bench_hot_level (id INT PRIMARY KEY, on_hand BIGINT, reserved BIGINT)"
echo 'UPDATE bench_hot_level SET reserved = reserved + 1 WHERE id = 1 AND on_hand - reserved >= 1;' > "$script"
for clients in "${@:-16 64}"; do
    for c in $clients; do
        psql -q -c "TRUNCATE bench_hot_level; INSERT INTO bench_hot_level VALUES (1, $units, 0)"
        tps=$(pgbench -n -f "$script" -c "$c" -j 2 -t $(( units / c )) 2>/dev/null | awk '/^tps/ {print $3; exit}')
        echo "B1 pgbench: $c clients, same conditional UPDATE, $tps transactions/s"
    done
done
