-- The database backs the stock and promotion invariants that the entities keep, so that no writer, present or
-- future, can store a state the ledger forbids. On hand may go below zero (a POS sale is recorded even beyond it);
-- nothing else may.
ALTER TABLE stock_level ADD CONSTRAINT ck_stock_level_reserved CHECK (reserved >= 0);
ALTER TABLE stock_level ADD CONSTRAINT ck_stock_level_safety_stock CHECK (safety_stock >= 0);
ALTER TABLE stock_level ADD CONSTRAINT ck_stock_level_damaged CHECK (damaged >= 0);
ALTER TABLE stock_level ADD CONSTRAINT ck_stock_level_quality_control CHECK (quality_control >= 0);
ALTER TABLE stock_level ADD CONSTRAINT ck_stock_level_incoming CHECK (incoming >= 0);

ALTER TABLE reservation ADD CONSTRAINT ck_reservation_quantity CHECK (quantity > 0);
ALTER TABLE incoming_stock ADD CONSTRAINT ck_incoming_quantity CHECK (quantity > 0);
ALTER TABLE stock_transfer ADD CONSTRAINT ck_stock_transfer_quantity CHECK (quantity > 0);

ALTER TABLE coupon ADD CONSTRAINT ck_coupon_uses CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses));
ALTER TABLE promotion ADD CONSTRAINT ck_promotion_redemptions CHECK (redemptions >= 0);
ALTER TABLE promotion_customer ADD CONSTRAINT ck_promotion_customer_redemptions CHECK (redemptions >= 0);

-- A rule may name up to 200 categories or SKUs (PromotionRule.MAX_TARGET_VALUES): more than 6,000 characters.
ALTER TABLE promotion ALTER COLUMN rule_json SET DATA TYPE VARCHAR(32000);
