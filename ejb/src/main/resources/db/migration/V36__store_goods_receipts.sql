-- Goods receipts stores sent through their agents, once per store and receipt id: a receipt sent again (the agent
-- did not hear the broker's confirmation) is recognised and changes nothing.
CREATE TABLE store_goods_receipt (
    store_code   VARCHAR(32) NOT NULL,
    receipt_id   VARCHAR(64) NOT NULL,
    order_number VARCHAR(32) NOT NULL,
    recorded_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (store_code, receipt_id)
);

-- A category's delivery tolerance, which for its SKUs takes the place of the supplier's (fragile or costly goods
-- may allow no more than ordered whoever supplies them; bulk goods a few percent more).
CREATE TABLE category_tolerance (
    category     VARCHAR(100)  NOT NULL PRIMARY KEY,
    over_percent DECIMAL(7, 2) NOT NULL,
    over_units   INTEGER       NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL
);
