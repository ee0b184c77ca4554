#!/usr/bin/env bash
# The customer lookup benchmark's profiles, loaded straight into the platform's PostgreSQL (the REST API would take
# hours): 1,000,000 customers (C900000001 ...) with an email (bench<n>@example.com), a phone (+3161<n, 7 digits>)
# and a loyalty card (BC<n, 8 digits>) each: 3,000,000 keys. A minute or two. Run it once, platform up or down.
# Usage: PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... PGDATABASE=... bench/c1-load.sh
set -euo pipefail
psql -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO customer (id, customer_number, full_name, email_consent, sms_consent, status, points_balance,
                      points_earned, points_spent, event_sequence, created_at, updated_at)
SELECT 900000000 + g, 'C' || (900000000 + g), 'Bench customer ' || g, FALSE, FALSE, 'ACTIVE', 0, 0, 0, 0, now(), now()
FROM generate_series(1, 1000000) g
WHERE NOT EXISTS (SELECT 1 FROM customer WHERE id = 900000001);

INSERT INTO customer_key (customer_id, key_kind, key_value, added_at)
SELECT 900000000 + g, k.kind, CASE k.kind WHEN 'EMAIL' THEN 'bench' || g || '@example.com'
                                          WHEN 'PHONE' THEN '+3161' || lpad(g::text, 7, '0')
                                          ELSE 'BC' || lpad(g::text, 8, '0') END, now()
FROM generate_series(1, 1000000) g CROSS JOIN (VALUES ('EMAIL'), ('PHONE'), ('CARD')) k(kind)
WHERE NOT EXISTS (SELECT 1 FROM customer_key WHERE customer_id = 900000001);

ANALYZE customer; ANALYZE customer_key;
SQL
psql -At -c "SELECT 'C1 customers: ' || count(*) || ' profiles, ' || (SELECT count(*) FROM customer_key) || ' keys'
             FROM customer"
