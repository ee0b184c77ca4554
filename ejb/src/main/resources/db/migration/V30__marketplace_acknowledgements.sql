-- What a connector confirms to its marketplace about an order, one row per step: ACKNOWLEDGE (Amazon: the order is
-- in the seller's system, with the seller's order number) and SHIP (shipped, with its tracking). Rows before this
-- migration are shipments.
ALTER TABLE marketplace_shipment ADD COLUMN step VARCHAR(16) DEFAULT 'SHIP' NOT NULL;
ALTER TABLE marketplace_shipment DROP CONSTRAINT marketplace_shipment_order;
ALTER TABLE marketplace_shipment ADD CONSTRAINT marketplace_shipment_order UNIQUE (account_id, order_number, step);
