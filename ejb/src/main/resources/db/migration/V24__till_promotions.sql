-- A till's sale names the promotions it applied, counted when the sale arrives even beyond a budget: the sale
-- happened. What went beyond the budget is kept on the promotion.
ALTER TABLE promotion ADD COLUMN overrun_redemptions BIGINT NOT NULL DEFAULT 0;
ALTER TABLE promotion ADD COLUMN overrun_amount DECIMAL(15,4) NOT NULL DEFAULT 0;
