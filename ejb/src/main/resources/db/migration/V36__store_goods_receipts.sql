-- Goods receipts stores sent through their agents, once per store and receipt id: a receipt sent again (the agent
-- did not hear the broker's confirmation) is recognised and changes nothing.
CREATE TABLE store_goods_receipt (
    store_code   VARCHAR(32) NOT NULL,
    receipt_id   VARCHAR(64) NOT NULL,
    order_number VARCHAR(32) NOT NULL,
    recorded_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (store_code, receipt_id)
);
