-- Available is defined once (StockLevel.available) and kept in its level's row by the same change as the
-- quantities it follows from; every query reads the column. Worked out here once for the levels there are.
ALTER TABLE stock_level ADD COLUMN available BIGINT NOT NULL DEFAULT 0;
UPDATE stock_level SET available = CASE WHEN on_hand - reserved - safety_stock - damaged - quality_control > 0
    THEN on_hand - reserved - safety_stock - damaged - quality_control ELSE 0 END;
