#!/usr/bin/env bash
# B5's network, loaded straight into the platform's PostgreSQL (the REST API would take hours): 500 locations
# (B5L000-B5L019 warehouses carrying 60% of the SKUs, B5L020-B5L499 stores carrying 5% each, 40 fulfilments a day),
# 100,000 SKUs (B5-000000 ...), one level per SKU carried, and its opening receipt in the ledger, so that the books
# stay balanced. About 3.6 million levels; a few minutes. Run it once, with the platform stopped or running.
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... bench/b5-load.sh
set -euo pipefail
psql -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO location (code, name, location_type, latitude, longitude, created_at, ships, offers_pickup,
                      daily_capacity, fulfilment_cost, accept_seconds, collect_seconds, time_zone)
SELECT 'B5L' || lpad(g::text, 3, '0'), 'B5 location ' || g, CASE WHEN g < 20 THEN 'WAREHOUSE' ELSE 'STORE' END,
       round((50.7 + random() * 2.8)::numeric, 6), round((3.3 + random() * 3.9)::numeric, 6), now(), TRUE,
       g >= 20, CASE WHEN g < 20 THEN NULL ELSE 40 END, CASE WHEN g < 20 THEN 3.50 ELSE 6.00 END, 3600, 604800,
       'Europe/Amsterdam'
FROM generate_series(0, 499) g
WHERE NOT EXISTS (SELECT 1 FROM location WHERE code = 'B5L000');

INSERT INTO sku (code, name, category, created_at)
SELECT 'B5-' || lpad(g::text, 6, '0'), 'B5 SKU ' || g, 'B5', now() FROM generate_series(0, 99999) g
WHERE NOT EXISTS (SELECT 1 FROM sku WHERE code = 'B5-000000');

INSERT INTO stock_level (sku_id, location_id, on_hand, available, reserved, sequence_number, updated_at)
SELECT s.id, l.id, q.units, q.units, 0, 1, now()
FROM sku s CROSS JOIN location l
CROSS JOIN LATERAL (SELECT CASE WHEN l.location_type = 'WAREHOUSE' THEN 10 + abs(hashtext(s.code || l.code)) % 500
                               ELSE 1 + abs(hashtext(s.code || l.code)) % 12 END AS units) q
WHERE s.code LIKE 'B5-%' AND l.code LIKE 'B5L%'
  AND abs(hashtext(l.code || s.code)) % 100 < CASE WHEN l.location_type = 'WAREHOUSE' THEN 60 ELSE 5 END
  AND NOT EXISTS (SELECT 1 FROM stock_level x JOIN location y ON y.id = x.location_id WHERE y.code = 'B5L000');

INSERT INTO stock_movement (stock_level_id, movement_type, quantity, reference, on_hand_after, sequence_number,
                            occurred_at, recorded_at)
SELECT l.id, 'RECEIPT', l.on_hand, 'B5 opening stock', l.on_hand, 1, now(), now()
FROM stock_level l JOIN location loc ON loc.id = l.location_id
WHERE loc.code LIKE 'B5L%' AND NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.stock_level_id = l.id);

ANALYZE location; ANALYZE sku; ANALYZE stock_level; ANALYZE stock_movement;
SQL
psql -At -c "SELECT 'B5 network: ' || count(*) || ' levels at ' || count(DISTINCT location_id) || ' locations'
             FROM stock_level l JOIN location loc ON loc.id = l.location_id WHERE loc.code LIKE 'B5L%'"
