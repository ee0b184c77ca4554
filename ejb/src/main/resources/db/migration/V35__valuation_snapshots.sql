-- What every valued level was worth at the close of a day (UTC), so that valuation at an instant reads one row per
-- level plus the valued movements of less than a day, however long the ledger (docs/erp.md, "valuation at an
-- instant"). Written once per day by the first server to claim it, from the day before's rows and the day's
-- movements, and never changed.
CREATE TABLE valuation_snapshot (
    closing_day    DATE           NOT NULL,
    stock_level_id BIGINT         NOT NULL,
    sku_id         BIGINT         NOT NULL,
    location_id    BIGINT         NOT NULL,
    units          BIGINT         NOT NULL,
    stock_value    DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (closing_day, stock_level_id)
);
CREATE INDEX ix_valuation_snapshot_location ON valuation_snapshot (closing_day, location_id);
INSERT INTO scheduled_run (job, last_run) VALUES ('valuation-snapshot', CAST('1970-01-01 00:00:00' AS TIMESTAMP));
