#!/usr/bin/env bash
# B6: the dashboard's widgets over B6's 3,000,000 sale lines (bench/b6-load.sh first), each timed by psql as the
# platform asks it (day totals plus the facts not folded yet) and as a plain GROUP BY over the raw sale lines, runs
# alternated, then the whole dashboard through REST (DashboardLatency); -r rounds of all that (default 3). Every
# run is printed. Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... bench/b6-run.sh [-r 3]
set -euo pipefail
rounds=3
[ "${1:-}" = "-r" ] && rounds=$2
cd "$(dirname "$0")"
from="current_date - 29"
to="current_date"
# The platform's two sources (SalesQueries): totals by SKU for the top SKUs, the cube for every other widget.
union() {
  echo "(SELECT sales_day, location_id, $2, channel, units, revenue, costed_revenue, cost FROM $1
        WHERE sales_day BETWEEN $from AND $to UNION ALL SELECT sales_day, location_id, $3, channel, units,
        revenue, CASE WHEN cost IS NULL THEN 0 ELSE revenue END, COALESCE(cost, 0) FROM sales_fact
        WHERE folded = FALSE AND sales_day BETWEEN $from AND $to)
        x (sales_day, location_id, $2, channel, units, revenue, costed_revenue, cost) JOIN location l ON l.id = x.location_id"
}
by_sku="$(union sales_day sku_id sku_id) JOIN sku s ON s.id = x.sku_id"
by_category="$(union sales_cube category "COALESCE(category, '')")"
raw="sales_fact x JOIN location l ON l.id = x.location_id JOIN sku s ON s.id = x.sku_id
     WHERE x.sales_day BETWEEN $from AND $to"
declare -A widgets=(
  [channel]="x.channel"
  [location]="l.code, l.name"
  [category]="x.category"
  [top-skus]="s.code, s.name"
  [day-channel]="x.sales_day, x.channel")

# The milliseconds psql reports for a query, run 5 times.
times() {
  { echo '\timing on'; for _ in 1 2 3 4 5; do echo "$1;"; done; } | psql -q -o /dev/null 2>&1 \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tr '\n' ' '
}

for round in $(seq 1 "$rounds"); do
  echo "== round $round"
  for widget in channel location category top-skus day-channel; do
    cols=${widgets[$widget]}
    order="ORDER BY 1"; [ "$widget" = top-skus ] && order="ORDER BY 4 DESC LIMIT 10"
    source=$by_category; [ "$widget" = top-skus ] && source=$by_sku
    ours="SELECT $cols, SUM(x.units), SUM(x.revenue), SUM(x.costed_revenue), SUM(x.cost) FROM $source GROUP BY $cols $order"
    naive="SELECT ${cols/x.category/s.category}, SUM(x.units), SUM(x.revenue), SUM(x.cost) FROM $raw GROUP BY ${cols/x.category/s.category} $order"
    echo "B6 $widget, platform's query (ms): $(times "$ours")"
    echo "B6 $widget, plain GROUP BY over the sale lines (ms): $(times "$naive")"
  done
  (cd .. && mvn -q -o -f bench/pom.xml exec:java -Dexec.mainClass=org.omnistock.bench.DashboardLatency)
done
