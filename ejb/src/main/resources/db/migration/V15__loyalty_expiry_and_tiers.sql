-- Points expire a number of days after they were earned (NULL: never); a change applies to points earned after it.
ALTER TABLE loyalty_program ADD COLUMN points_valid_days INTEGER;
-- Tiers are measured over a rolling window, by points earned (POINTS) or by money spent (SPEND).
ALTER TABLE loyalty_program ADD COLUMN tier_window_days INTEGER NOT NULL DEFAULT 365;
ALTER TABLE loyalty_program ADD COLUMN tier_measure VARCHAR(8) NOT NULL DEFAULT 'SPEND';
ALTER TABLE loyalty_program ADD COLUMN updated_by VARCHAR(80);
ALTER TABLE loyalty_program ADD CONSTRAINT ck_loyalty_program_periods
    CHECK ((points_valid_days IS NULL OR points_valid_days BETWEEN 1 AND 36500)
        AND tier_window_days BETWEEN 1 AND 3660 AND tier_measure IN ('POINTS', 'SPEND'));

-- A tier a customer reaches when what they earned or spent in the window comes to its threshold; its benefits are
-- its customer group, which price lists know (a profile's own group, set by a person, comes first).
CREATE TABLE loyalty_tier (
    code           VARCHAR(32)    NOT NULL PRIMARY KEY,
    name           VARCHAR(80)    NOT NULL,
    threshold      DECIMAL(14, 2) NOT NULL,
    customer_group VARCHAR(32),
    CONSTRAINT uk_loyalty_tier_threshold UNIQUE (threshold),
    CONSTRAINT ck_loyalty_tier_threshold CHECK (threshold > 0)
);

ALTER TABLE customer ADD COLUMN tier_code VARCHAR(32) REFERENCES loyalty_tier (code);
ALTER TABLE customer ADD COLUMN tier_since TIMESTAMP;
CREATE INDEX ix_customer_tier ON customer (tier_code);

-- Points earned (and given by a person) expire at expires_at; expiry_open until the expiry run has counted them.
ALTER TABLE loyalty_movement ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE loyalty_movement ADD COLUMN expiry_open BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_loyalty_movement_expiry ON loyalty_movement (expiry_open, expires_at);
ALTER TABLE loyalty_movement DROP CONSTRAINT ck_loyalty_movement_kind;
ALTER TABLE loyalty_movement ADD CONSTRAINT ck_loyalty_movement_kind
    CHECK (movement_kind IN ('EARN', 'REVERSE', 'REDEEM', 'ADJUST', 'MERGE_IN', 'MERGE_OUT', 'EXPIRE'));
-- A tier counts what a customer earned in the window: their movements by time.
CREATE INDEX ix_loyalty_movement_customer_time ON loyalty_movement (customer_id, occurred_at);

-- Loyalty points a customer spent on an order, and what they took off its goods.
ALTER TABLE customer_order ADD COLUMN points_spent BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN points_discount DECIMAL(19, 4) NOT NULL DEFAULT 0;
