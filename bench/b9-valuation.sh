#!/usr/bin/env bash
# B9, second half: what the whole network was worth at an instant, over a ledger of 5,000,000 valued movements.
# Starts this tree's server on a fresh PostgreSQL database with the demo data, adds MOVEMENTS valued movements spread
# over the demo's valued levels and the last DAYS days (straight into valuation_movement: the ledger's own postings
# would take hours), closes the settled days (POST /api/v1/valuation/closings), then alternates RUNS times:
#   - the platform: GET /api/v1/valuation/at (every SKU at every location, from the last closing + today's rows)
#   - the yardstick: a plain SQL sum over all the movements up to the same instant, grouped by SKU and location
# printing every run, then p50 and p99 of each, and checks that both give the same total.
# Usage (PGHOST, PGPORT, PGUSER, PGPASSWORD for a PostgreSQL the platform may drop and create `omnistock` on):
#   bench/b9-valuation.sh [movements, default 5000000] [runs, default 20]
set -euo pipefail
tree=$(cd "$(dirname "$0")/.." && pwd)
movements=${1:-5000000}
runs=${2:-20}
days=60
server_group=

stop_server() {
    if [ -n "$server_group" ]; then
        kill -- "-$server_group" 2> /dev/null || true
        "$tree/liberty-config/server/target/liberty/wlp/bin/server" stop omnistock > /dev/null 2>&1 || true
        server_group=
    fi
}
trap stop_server EXIT

dropdb --if-exists omnistock && createdb omnistock
(cd "$tree" && exec setsid mvn -o -B verify -Prun -DskipTests -Domnistock.db=postgresql \
    -Domnistock.db.host="$PGHOST" -Domnistock.db.port="$PGPORT" -Domnistock.db.user="$PGUSER" \
    -Domnistock.db.password="$PGPASSWORD" > "$tree/b9-valuation-server.log" 2>&1) &
server_group=$!
for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:9080/health/ready)" = 200 ] && break
    sleep 1
done
until grep -q "Demo retailer ready" "$tree/b9-valuation-server.log"; do sleep 1; done

echo "adding $movements valued movements over $days days"
psql -q -d omnistock <<SQL
CREATE TEMP TABLE levels AS SELECT ROW_NUMBER() OVER (ORDER BY stock_level_id) - 1 AS n, stock_level_id, sku_id,
    location_id FROM cost_position;
INSERT INTO valuation_movement (id, stock_level_id, sku_id, location_id, kind, units, stock_value, cost_of_goods,
        in_transit_change, units_after, value_after, recorded_at)
SELECT -g, l.stock_level_id, l.sku_id, l.location_id, 'BENCH', CASE WHEN g % 3 = 0 THEN -1 ELSE 2 END,
       CASE WHEN g % 3 = 0 THEN -4.25 ELSE 8.50 END, 0, 0, 0, 0,
       now() - interval '$days days' + (g::double precision / $movements) * interval '$((days - 1)) days'
FROM generate_series(1, $movements) g JOIN levels l ON l.n = g % (SELECT COUNT(*) FROM levels);
ANALYZE valuation_movement;
SQL
T=$(curl -s -u bootstrap:bootstrap-demo-secret -d grant_type=client_credentials localhost:9080/api/v1/tokens \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
echo "closing the settled days: $(curl -s -X POST -H "Authorization: Bearer $T" \
    localhost:9080/api/v1/valuation/closings)"
echo "levels valued: $(psql -tA -d omnistock -c 'SELECT COUNT(*) FROM cost_position'), movements: $(psql -tA \
    -d omnistock -c 'SELECT COUNT(*) FROM valuation_movement')"

at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
platform=()
yardstick=()
for run in $(seq 1 "$runs"); do
    ms=$(curl -s -o /tmp/b9-valuation.json -w '%{time_total}' -H "Authorization: Bearer $T" \
        "localhost:9080/api/v1/valuation/at?at=$at" | awk '{printf "%.1f", $1 * 1000}')
    platform+=("$ms")
    sql=$(psql -d omnistock -c '\timing on' -c "SELECT sku_id, location_id, SUM(units), SUM(stock_value)
        FROM valuation_movement WHERE recorded_at <= '$at' GROUP BY sku_id, location_id" -o /dev/null \
        | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p')
    yardstick+=("$sql")
    echo "run $run: platform ${ms} ms, SQL sum ${sql} ms"
done
percentile() { printf '%s\n' "${@:2}" | sort -n | awk -v p="$1" '{v[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print v[i]}'; }
echo "B9 valuation at an instant over $movements movements: platform p50 $(percentile 50 "${platform[@]}") ms," \
    "p99 $(percentile 99 "${platform[@]}") ms; SQL sum p50 $(percentile 50 "${yardstick[@]}") ms," \
    "p99 $(percentile 99 "${yardstick[@]}") ms"
total=$(sed -E 's/.*"total":([-0-9.]+).*/\1/' /tmp/b9-valuation.json)
sum=$(psql -tA -d omnistock -c "SELECT SUM(v.stock_value) FROM valuation_movement v JOIN sku s ON s.id = v.sku_id
    JOIN location l ON l.id = v.location_id WHERE v.recorded_at <= '$at'")
echo "total: platform $total, SQL sum $sum"
