#!/usr/bin/env bash
# B6's sales: 3,000,000 sale lines of the last 90 days at the demo's 12 locations and 250 SKUs (stores through their
# tills, W01 for the web shop and the app, W02 for the web shop and Amazon; 1 to 3 units, 5% brought back; cost 40%
# of the price), written straight into the platform's PostgreSQL as the facts the platform writes (already folded),
# with their totals (by SKU and by category) as the folder makes them. A minute or two; once (a second run loads nothing); platform up,
# with its demo data. Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... bench/b6-load.sh
set -euo pipefail
if [ "$(psql -At -c "SELECT count(*) FROM sales_fact WHERE source = 'b6:1'")" = "0" ]; then
psql -1 -v ON_ERROR_STOP=1 -q <<'SQL'
SELECT setseed(0.2026) \g /dev/null
CREATE TEMP TABLE b6_sku AS
    SELECT id, category, row_number() OVER (ORDER BY id) AS n, 20 + (id % 8) * 20 AS price FROM sku
    WHERE code ~ '^(TSHIRT|POLO|JEANS|SWEATER|CARDIGAN|RAINCOAT|PUFFER|BEANIE|SCARF)-';
CREATE TEMP TABLE b6_location AS
    SELECT id, code, location_type, row_number() OVER (ORDER BY code) AS n FROM location
    WHERE code IN ('W01', 'W02', 'S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S009', 'S010');

INSERT INTO sales_fact (source, occurred_at, sales_day, channel, location_id, sku_id, category, units, revenue, cost,
                        folded)
SELECT 'b6:' || x.g, x.day + TIME '12:00', x.day,
       CASE WHEN l.location_type = 'STORE' THEN 'STORE'
            WHEN l.code = 'W01' THEN CASE WHEN x.r < 0.7 THEN 'WEB' ELSE 'APP' END
            ELSE CASE WHEN x.r < 0.5 THEN 'WEB' ELSE 'AMAZON' END END,
       l.id, s.id, s.category, x.units, x.units * s.price, x.units * s.price * 0.4, TRUE
FROM (SELECT g, current_date - floor(random() * 90)::int AS day, 1 + floor(random() * 12)::int AS location_n,
             1 + floor(random() * (SELECT count(*) FROM b6_sku))::int AS sku_n,
             CASE WHEN random() < 0.05 THEN -1 ELSE 1 + floor(random() * 3)::int END AS units, random() AS r
      FROM generate_series(1, 3000000) g) x
JOIN b6_location l ON l.n = x.location_n
JOIN b6_sku s ON s.n = x.sku_n;

INSERT INTO sales_day (sales_day, location_id, sku_id, channel, units, revenue, costed_revenue, cost)
SELECT sales_day, location_id, sku_id, channel, SUM(units), SUM(revenue), SUM(revenue), SUM(cost)
FROM sales_fact WHERE source LIKE 'b6:%'
GROUP BY sales_day, location_id, sku_id, channel
ON CONFLICT (sales_day, location_id, sku_id, channel) DO UPDATE
    SET units = sales_day.units + EXCLUDED.units, revenue = sales_day.revenue + EXCLUDED.revenue,
        costed_revenue = sales_day.costed_revenue + EXCLUDED.costed_revenue, cost = sales_day.cost + EXCLUDED.cost;

INSERT INTO sales_cube (sales_day, location_id, category, channel, units, revenue, costed_revenue, cost)
SELECT sales_day, location_id, COALESCE(category, ''), channel, SUM(units), SUM(revenue), SUM(revenue), SUM(cost)
FROM sales_fact WHERE source LIKE 'b6:%'
GROUP BY sales_day, location_id, COALESCE(category, ''), channel
ON CONFLICT (sales_day, location_id, category, channel) DO UPDATE
    SET units = sales_cube.units + EXCLUDED.units, revenue = sales_cube.revenue + EXCLUDED.revenue,
        costed_revenue = sales_cube.costed_revenue + EXCLUDED.costed_revenue, cost = sales_cube.cost + EXCLUDED.cost;
SQL
fi
psql -q -c "ANALYZE sales_fact; ANALYZE sales_day; ANALYZE sales_cube;"
psql -At -c "SELECT 'B6 sales: ' || (SELECT count(*) FROM sales_fact) || ' sale lines, ' || count(*) || ' day totals'
             || ' by SKU, ' || (SELECT count(*) FROM sales_cube) || ' by category' FROM sales_day"
